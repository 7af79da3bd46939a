Sarah Palin habla del trastorno de estrés postraumático de Track Palin en un mitin de Donald Trump
Track Palin, 26, pasó un año en Irak después de alistarse en septiembre.
El lunes pasado por la noche, fue arrestado y acusado de violencia doméstica.
"La situación que está atravesando mi hijo, por todo lo que ha pasado desde que volvió, lo conocen muy bien las otras familias que sufren los efectos derivados del TEPT y otras heridas con las que vuelven nuestros soldados", dijo al público que se congregó en un mitin a favor de Donald Trump en Tulsa, Oklahoma.
Palin se refirió a este arresto como el gran tabú del que nadie quiere hablar, y comentó sobre su hijo y otros veteranos de guerra que "vuelven con un comportamiento diferente, endurecidos, preguntándose si realmente existe ese respeto hacia lo que sus compañeros soldados y aviadores, así como todos los demás miembros del ejército, han dado a su país".
El lunes fue arrestado en Wasilla, Alaska, acusado de un episodio de violencia doméstica hacia una mujer, que interfiere con una denuncia de violencia doméstica y posesión de armas bajo los efectos de drogas o alcohol, según Dan Bennett, un portavoz del departamento de policía de Wasilla. 18 estados, D.C. apoyan el reto para conseguir una nueva política de asilo
18 estados y el Distrito de Columbia apoyan un recurso judicial a la nueva política de Estados Unidos que niega el asilo a las víctimas que huyen de la violencia doméstica o de pandillas.
Representantes de los 18 estados y el distrito presentaron un escrito "amistoso" el viernes en Washington para mostrar su apoyo a una solicitante de asilo que se enfrenta a la actual directiva, informó NBC News. No se ha revelado el nombre completo de la demandante en el caso "Grace v. Sessions" que presentó en agosto la Unión de Libertades Civiles de EEUU (ACLU, American Civil Liberties Union) en contra de la política federal.
Dijo que su compañero "y sus hijos, que son miembros de una pandilla violenta", abusaron de ella, pero los funcionarios de EE. UU. denegaron su solicitud de asilo el 20 de julio.
Fue detenida en Texas.
Los abogados que representan a estos estados que defienden a Grace describieron a El Salvador, Honduras y Guatemala, que generan una gran cantidad de solicitudes de asilo a EE. UU., como naciones que se enfrentan a problemas generalizados relacionados con la violencia doméstica y de pandillas.
La nueva política de asilo de EE. UU. revocó una decisión de 2014 que tomó la Junta de Apelaciones Migratorias (BIA, por sus siglas en inglés) por la que inmigrantes indocumentados que huyen de la violencia doméstica podían solicitar asilo en este país.
El Abogado General del Distrito de Columbia, Karl Racine, realizó unas declaraciones el viernes en las que afirmaba que la nueva política "ignora décadas de derecho internacional, federal y estatal".
"Según la legislación federal, todas las solicitudes de asilo se deben fallar en virtud de los hechos y circunstancias particulares de la demanda y, en cambio, esta excepción infringe ese principio", se indica en el amicus curiae.
Asimismo, los abogados indicaron en el escrito que la política que deniega la entrada a inmigrantes perjudica la economía de EE. UU. al afirmar que suelen convertirse en emprendedores con más frecuencia y "suponen una mano de obra necesaria". El Fiscal General Jeff Sessions ordenó a los jueces de inmigración que no concedieran asilo a las víctimas que huían del abuso doméstico y la violencia de bandas en junio.
"Pueden solicitar asilo las personas que dejan sus países de origen por motivos de persecución o amenazas por raza, religión, nacionalidad o pertenencia a un grupo social o una opinión política particular", afirmó Sessions cuando anunció esta directiva el pasado 11 de junio.
El asilo nunca se creó como medida para paliar todos los problemas, ni siquiera todos los problemas graves, a los que se enfrentan a diario personas en todo el mundo.
Desesperados esfuerzos de rescate en Palu mientras aumenta el número de muertos en una carrera para encontrar supervivientes
Para los supervivientes, la situación era cada vez más nefasta.
"La situación es muy tensa", nos decía Risa Kusuma, una madre de 35 años de edad, mientras trataba de consolar a su bebé con fiebre en un centro de evacuación de la devastada ciudad de Palu.
"Cada minuto llegan ambulancias con más cuerpos.
Y el agua limpia escasea".
Algunos residentes han vuelto a sus casas destruidas para rebuscar entre las pocas pertenencias anegadas que les quedan en un esfuerzo por recuperar lo que les sea posible.
Hay cientos de personas heridas y los hospitales, también dañados a causa del terremoto de magnitud 7,5, están desbordados.
Algunos de los heridos; entre ellos, Dwi Haris, que tiene la espalda y un hombro rotos, descansaban en los exteriores del Hospital del Ejército de Palu, donde se trataba a los pacientes fuera del edificio debido a las continuas réplicas, también muy fuertes.
No podía evitar llorar cuando nos relataba el violento terremoto que vivió mientras estaba en la 5.ª planta del hotel con su mujer y su hija.
"No tuvimos tiempo de ponernos a salvo.
Quedé atrapado en los restos de la pared derruida, creo", contaba Haris a Associated Press. Él y su familia estaban en la ciudad para celebrar una boda.
"Escuché a mi mujer pedir ayuda y después un tremendo silencio.
No sé qué les ha pasado a ella y a mi hija.
Espero que estén bien".
