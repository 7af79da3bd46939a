Convencer a políticos, a periodistas y a la sociedad civil e intentar ponerlos de mi parte para conseguirlo.
Si fuera elegido presidente, no habría problema en organizar una retransmisión en directo por televisión en la cual pediría a los líderes de los partidos parlamentarios que legitimaran la responsabilidad penal y financiera para políticos, funcionarios, jueces y fiscales del estado.
Y, eventualmente, ellos tendrían que comunicar porqué no lo desean.
Si hay un personaje fuerte que señala las disputas, se puede hacer presión en la escena política.
Tomemos por caso la elección directa del presidente, que ha sido un logro de la presión pública.
Al mismo tiempo afirmo que sólo soy un aficionado, no soy ni un genio ni un intelectual.
Para mis opiniones e ideales intento buscar aliados.
Acabo de empezar en la política e intento obtener el mayor apoyo posible para mi programa.
Intento sacar las cosas adelante yo mismo, pero en caso de que no salga bien, dentro de seis años lo dejaré y volveré al sector privado.
Suena un poco como si Okamura fuera a salvar la República Checa.
No soy ningún salvador.
Sé que con una persona no hago nada, por eso he visitado a una serie de personalidades conocidas, por si a lo mejor se animaran a presentar su candidatura al senado.
Fui a ver a Radim Jančura, pero se negó porque tenía mucho trabajo.
Por mi parte, por lo menos he apoyado a la periodista de investigación Jana Lorencová, que sacó a la luz los fraudes con aceites ligeros de calefacción.
Me presenté partiendo de la base de que la gente está realmente insatisfecha, ahora estoy en la balanza.
El sesenta por ciento de la población no acudió a las urnas y, aquellos que lo hicieron, votaron a los representantes del establishment.
En el senado somos dos del sector independiente.
La gente eligió el senado, de tal modo que será complicado lograr cambios.
Sin embargo, yo defenderé mis propias ideas, como por ejemplo la elección directa de alcaldes o de gobernadores.
¿Está considerando formar su propio partido?
Aún no lo he considerado porque no tengo tiempo para ello, para comprobar el pasado intachable de cada uno de los potenciales miembros del partido, ni tampoco tengo dinero.
No tengo dinero ni para la campaña a la presidencia, en mi cuenta transparente sólo hay 20.000 coronas.
¿No tiene dinero?
Habla de declaraciones de la propiedad, ¿cómo es la suya?
Estimo mi propiedad privada en unos 60 millones.
En Praga tengo un terreno valorado en 25 millones, un piso valorado diez millones, otro piso tasado en ocho millones, una colección de obras de arte con un valor de diez millones, un Aston Martin de unos 3,5 millones y un Škoda Superb valorado en un millón, y en la cuenta tengo un par de millones.
Por cierto, tengo un Aston Martin porque era mi sueño de juventud. Siempre me gustó James Bond, que conducía este coche, era galante con las mujeres y, al mismo tiempo, luchaba contra los maldades e injusticias.
¿Conduce un Aston Martin, su propiedad está valorada en 60 millones y no tiene dinero para la campaña?
Ud. dice que quiere cambiar la república pero no quiere poner demasiado dinero de su parte.
No es muy convincente.
No tengo 15 millones para la campaña.
¿Tengo que endeudarme?
En la campaña ya he puesto 2,5 millones.
El hecho de que no tenga ningún patrocinador demuestra que no hay demasiado interés en mi programa.
Y no tengo la obligación de pagar la campaña con dinero de mi bolsillo.
Los gastos de la campaña cubren en esencia lo que recibiré en concepto de sueldo de senador.
Pero no podría vivir de ello. Por ejemplo, no podría pagarle a mi hijo la escuela inglesa, que cuesta 30.000 coronas mensuales.
Si quisiera solamente ganar dinero, entonces no me presentaría como candidato.
¿Así que seguirá con su actividad empresarial para poder vivir?
¿No ha dicho antes que iba a dejar esta actividad?
Esto no tiene nada que ver con un sueldo mayor.
Como he prometido, en parte he dejado mis actividades.
Por ejemplo, el representante de mi agencia de viajes pasará a ser mi sustituto en primavera.
La gente querría que fuera el samaritano que salvase la república.
Pero yo también necesito vivir de algo.
¿Cuánto acostumbra a ganar mensualmente como empresario?
Entre 200.000 y 400.000, que sigo ganando.
Si fuera presidente, entonces dejaría los negocios.
Puede consultar toda la entrevista en la edición del sábado de Práva.
El estudio de arquitectura MVRDV demuestra que las verdaderas aventuras no solo están en la cabeza - en el ejemplo de la biblioteca de Spijkenisse y la recién terminada "montaña de libros"- 2 fotos
"Creo que el edificio es divertido, tiene un aspecto futurista, y por fin hay algo interesante que ver", afirma Lisette Verhaig, una transeúnte que pasa por la calle.
Y Stefan Spermon, técnico de TI en una gran empresa situada cerca de la biblioteca, apunta: "además, el edificio es bonito".
Pero yo me pregunto para qué necesitamos una biblioteca hoy en día.
Todos tenemos Internet, tabletas y libros electrónicos.
Nadie entra por gusto en esas bibliotecas pasadas de moda, ¿no?
Spijkenisse, una ciudad dormitorio situada a las puertas de Róterdam que apenas merece una fugaz visita, ostenta el dudoso honor de haberse alzado con un récord para olvidar.
La población de 80.000 habitantes presenta la tasa de alfabetización más baja de los Países Bajos.
Para contrarrestar esta situación tan vergonzosa, hace algunos años se decidió contribuir de alguna manera a la cultura general y copiar los siete puentes ficticios que aparecen representados en los billetes de euro en forma de miniaturas de hormigón armado decoradas.
El éxito de la ofensiva educativa fue limitado.
Y así fue como los responsables políticos decidieron que solo existía una posibilidad para mejorar las estadísticas: ¡había que construir una biblioteca!
Winy Maas, del estudio de arquitectura holandés MVRDV, todo un maestro en el arte de los diagramas de barras y responsable de edificios divertidos a la par que cínicos, se tomó el tema con su habitual serenidad y compareció a la presentación del concurso en el año 2003 con cinco libros bajo el brazo y una sonrisa en el rostro.
Y mientras el jurado miraba perplejo a su alrededor y se encogía de hombros, Maas procedió a apilar los libros por tamaño formando una pirámide y concluyó su breve discurso con las siguientes palabras: "Estimados conciudadanos:
Aquí la tenéis, mi propuesta para la montaña de libros de Spijkenisse, la denominada `Boekenberg'".
Nueve años después, la montaña de 30 millones de euros se levanta en el lugar previsto.
Ésta forma parte del proyecto de revitalización, que se completa con un aparcamiento subterráneo, un supermercado, una oficina de correos y un par de edificios de viviendas y adosados.
A principios de noviembre la montaña de libros fue galardonada con el segundo premio "Best Library of NL 2012".
Además, el proyecto también está nominado al "Dutch National Wood Award 2012".
De esta forma, la pequeña ciudad carente de historia, que hasta la fecha no tenía nada más que ofrecer que una zona peatonal posmoderna y un ayuntamiento increíblemente feo tras cuya fachada blanca uno intuiría más bien una central lechera, cuenta ahora con una obra de arquitectura contemporánea.
Pero sobre todo, Spijkenisse dispone ahora del primer edificio cultural público de su historia.
El largo camino hasta el libro
La primera impresión es que se trata de un paraíso de libros bajo una quesera.
Bien es cierto que hay un ascensor que nos transporta justo al centro de este macizo montañoso, pero los verdaderos amantes del espacio y la lectura no lo utilizan, sino que prefieren fundirse con su topografía a cada paso de su escalada a la cima.
El interior completamente acristalado resulta luminoso y fácil de abarcar con la vista, el suelo de ladrillo recocido y las elegantes farolas apoyan de forma inequívoca la condición pública de la biblioteca.
El ambiente urbano es perfecto.
Al alzar la vista se pueden llegar a visualizar los bancos del parque, los perros y los niños y niñas jugando al fútbol.
Y por todos lados libros, libros y más libros.
"Normalmente las estanterías de libros están dispuestas a lo largo de la fachada y en el centro se abre una enorme sala oscura que, por lo general, suele ser algo incómoda e impersonal", afirma Winy Maas.
Lo que hemos hecho nosotros es poner patas arriba la clásica configuración espacial y sacar la zona de lectura del interior al exterior.
El interior de la montaña está muy bien aprovechado: en el medio se encuentran las oficinas, la biblioteca de Internet, el club de ajedrez, el centro de educación ambiental y la sala de mantenimiento.
Mención especial merecen las estanterías negras que asumen las funciones de revestimiento mural, parapeto y barandilla al mismo tiempo.
La vista, el tacto y el olfato son extraños.
Incluso los arquitectos y los ingenieros civiles más al día sacuden la cabeza cuando oyen hablar de este material desconocido.
"Queríamos trabajar con materiales reciclados", nos explica Joop Trouborst, jefe del proyecto en la ciudad de Spijkenisse.
Y así es como un día, en una explotación agrícola frisia, nos topamos con el subproducto adecuado procedente de la agricultura.
Desde hace muchos años, en los invernaderos y en los campos de los Países Bajos se utiliza un tejido plástico de escasos milímetros de espesor como base para sujetar las raíces de los cultivos.
Se trata de un material barato y eficiente.
Este tejido fino dura dos estaciones y después se desecha.
Para la biblioteca este tejido se prensó, por primera vez en tales cantidades, hasta conseguir planchas de cuatro centímetros de espesor.
Con el calor y la presión, el denominado plástico agrícola (KLP) cambia de color y se convierte en un material oscuro, homogéneo y resistente que huele a una mezcla de coche nuevo y zapatilla de deporte.
Tras 105 peldaños se llega a la cima de la montaña.
Al final de esta ruta continua de casi 500 metros alrededor de la montaña nos aguarda la recompensa: desde la cafetería no solo se tiene una fantástica vista de la ciudad, sino que en ella también se puede disfrutar de unas sabrosas croquetas holandesas y sus ficus plantados en enormes macetas.
Estos crean un ambiente agradable a la par que mantienen la humedad atmosférica adecuada para esta montaña de literatura.
Donaciones para un nuevo alma
"Aunque cueste creerlo dadas sus grandes superficies acristaladas, este edificio es un proyecto ejemplar en lo que respecta a la ecología", señala Trouborst.
La calefacción y la refrigeración necesarias se obtienen a partir de energía geotérmica.
A pesar de que la montaña de libros está situada bajo una enorme pirámide de cristal, incluso en los días más soleados el sol solo brilla durante pocas horas en su interior.
Las enormes cerchas de madera situadas en sentido transversal a la fachada de cristal sirven para dar sombra y absorben la mayoría de los rayos del sol.
Esto crea un clima interior confortable.
El resto es cosa de las persianas automáticas.
Stefan Spermon, el escéptico trabajador del sector de las Tecnologías de la Información, ya se ha atrevido a poner el pie en la nueva biblioteca.
Y Lisette Verhaig también ha estado allí.
Igualmente, la profesora de medicina tradicional china Cynthia Bogarde ha visitado la biblioteca. Ella califica el "Boekenberg" como el "alma tardía" de Spijkenisse.
La razón es que, con motivo de la inauguración que tuvo lugar hace un par de semanas, se invitó a todos los habitantes de la ciudad a donar un libro de su colección privada.
De esta forma se pretende llenar, de momento, los huecos ópticos de una biblioteca que aún no cuenta con su archivo completo; en la actualidad tiene 70.000 ejemplares.
El concepto ha calado hondo.
Las estanterías están repletas.
"No hay nada peor que una biblioteca medio vacía", afirma el arquitecto Winy Maas.
"Creo que gracias a nuestra iniciativa ahora todos los habitantes tienen un cierto vínculo con este edificio.
Todos saben que su libro forma parte de la biblioteca.
