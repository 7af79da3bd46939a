Los chinos ya casi han abandonado las minas de cobre de Mes Aynak, dejando que los arqueólogos internacionales (financiados por el Banco Mundial) excaven el inmenso emplazamiento búdico y permanezcan allí como los empleadores más importantes de la provincia.
Hará también falta que Afganistán y Pakistán, país del que dependen ampliamente las importaciones y las exportaciones, restablezcan sus relaciones normales.
Las tropas francesas partieron el 20 de noviembre.
El nuevo tratado de cooperación prevé la continuación de las ayudas tradicionales: colegios de niñas, colegios de niños, un departamento de francés en la universidad, el Instituto Francés, la cooperación en los ámbitos militares, jurídicos, sanitarios y agrícolas y el apoyo a la delegación arqueológica.
Desde 2009, con el objeto de intentar "ganarse los corazones y los espíritus" y de realizar la imposible tarea de hacer que la ayuda y las acciones ofensivas coincidan, un servicio de "acciones civiles y militares" del Ministerio de Defensa (Cimic), suprimido en 2012, trajo e hizo traer a través de una pequeña ONG francesa numerosos trabajos de interés colectivo y acciones de rehabilitación agrícola en decenas de localidades de montaña.
Esos trabajos, golosos de obtener mano de obra local, han podido ayudar a contener la insurrección: riego, pozos, agua potable, reforestación, árboles frutales, protección solar y aumento de superficies de cultivo.
¿Qué dejaremos como recuerdo tras dos millones de euros de gastos militares?
Un presupuesto más bien modesto contribuirá a la mejora de las condiciones de vida locales, muy duras en esos valles situados a menudo a más de 2.000 metros de altura.
La Embajada recibió decenas de demandas escritas con pequeñas propuestas agrícolas realizadas por comunidades locales de la provincia de Kapisa.
Para que se liberen de la insurrección llevada a cabo por los grupos extranjeros, algo que los agricultores me han dicho que desean, haría falta mantener una pequeña ayuda civil, bien controlada y que les llegue directamente.
Una Constitución con fórceps en Egipto
Es un nuevo doble o nada del presidente Mohammed Morsi.
Mientras que Egipto está más dividido que nunca en cuanto a la declaración constitucional, que le otorga provisionalmente poderes plenos, él decidió jugar el todo por el todo.
Cogió a todo el mundo por sorpresa el miércoles, cuando anunció que la Asamblea Constituyente votaría su texto final al día siguiente.
Hace tan sólo una semana, el jefe de Estado había dado dos meses más a dicha Asamblea para acabar sus trabajos.
Y hace casi dos años que Egipto usa un texto provisional, varias veces modificado, lo que debilita la estabilidad institucional y lleva a embrollos judiciales.
Esta nueva iniciativa no ha hecho más que aumentar la fractura en el país.
Para sus oponentes, el presidente persevera en su "delirio autocrático" y continúa "traicionando su palabra" y "pisoteando el derecho".
Por parte de sus partidarios, se asegura que se trata de una medida para acabar más rápido con la crisis institucional y política y acelerar el proceso de transición.
En los próximos 15 días debería organizarse un referéndum.
Un lapso de tiempo muy corto que obliga a los Hermanos a renunciar a su proyecto de explicar el texto, artículo por artículo, a los egipcios.
Para el presidente, se trata también de una forma de recuperar una legitimación popular y democrática mientras la polémica causa estragos en todo el país.
Mohammed Morsi parece convencido de que los egipcios votarán a su favor, como afirmó en una entrevista al semanario americano Time.
Considerando que ese recurso se ha votado con mucha rapidez, contiene un ultimátum para el pueblo egipcio: "o votan mi texto o mantengo los poderes plenos", poderes que supuestamente llegarán a su fin con la adopción de la Constitución.
Es en ese ambiente extraño en el que 85 miembros de esta Asamblea Constituyente, islamista en su gran mayoría, votó el texto ayer.
La mayoría de los liberales no acudió a la convocatoria.
A mediados de noviembre, un poco antes de la declaración constitucional, habían cerrado la puerta porque estimaban que no podían hacer valer sus puntos de vista.
Los representantes de los derechos humanos, las minorías religiosas y de la sociedad civil hicieron lo mismo.
A fin de que se lograra el quórum necesario, ayer por la mañana se agregó a 11 personas, miembros sustitutos, a toda prisa.
Algunos de ellos son muy cercanos a los Hermanos musulmanes.
Como cabía esperar, los artículos votados lo han sido por unanimidad.
A los comentaristas les hace gracia, por otra parte, el hecho de que una de las pocas discrepancias de la jornada se haya expresado prácticamente a la hora de la oración, tanto es así que varios miembros del comité llegaron a pensar que el reloj de la Constituyente estaba mal.
El texto, que ayer tarde estaba aún siendo votado, consta de 234 artículos.
El artículo 2, objeto de todas las miradas, sigue siendo finalmente idéntico al de la Constitución de 1971, que estipulaba que "los principios de la Sharia constituyen la fuente principal del derecho".
Los partidos salafistas, para quienes el establecimiento de la ley islámica es una reivindicación fundamental, esperaban que se pudieran sustituir "los principios" por "las normas", lo que hubiera permitido una aplicación más estricta.
Para los islamistas, que este artículo no haya sido modificado es una garantía de su buena voluntad y de su respeto hacia los otros componentes de la sociedad egipcia.
Los liberales lo tachan de hipocresía y consideran que no se trata más que de una artimaña publicitaria.
Según ellos, la islamización de la Constitución se hace a través de otros artículos.
Se refieren, en especial, al artículo 220, que confiere a la Universidad Al-Azhar un papel consultivo, en particular para todo aquel que haya de confirmar su conformidad con las leyes de la Sharia.
Según la especialista en Egipto Sophie Pommier, resulta inquietante porque "la gente llamada a pronunciarse no es elegida y no tiene ninguna legitimidad democrática.
Aquí vislumbramos las premisas de una teocracia".
Los temores de los liberales se ven además incrementados por el hecho de que el próximo rector de dicha universidad sería bastante menos moderado que el actual.
"Por ahora, no hay una implicación religiosa concreta.
Con esta Constitución estamos en el marco del estado civil.
La mayoría de los juristas que han trabajando en ese texto no son ulemas sino universitarios, algunos de ellos formados en el sistema francés", explica Alexis Blouet, que prepara una tesis sobre la transición constitucional egipcia.
Pero reconoce que puede haber cierta ambigüedad en torno al artículo 220, pues los términos empleados imitan el vocabulario religioso.
"Nos referimos en concreto al término iqh [jurisprudencia islámica, ndlr].
Y la pregunta que podría plantearse en el futuro sería en qué medida son los jueces civiles competentes para pronunciarse por encima de todo esto".
Más allá de su carácter religioso, el texto votado ayer ha recibido muchas críticas que se refieren a los poderes extendidos que confiere al presidente de la República.
Los Hermanos musulmanes alegarán que son pocos en comparación con los que eran durante el anterior régimen.
Otro punto conflictivo: los poderes conferidos al ejército.
Conforme al deseo de los militares, la revisión del presupuesto de Defensa no será sometido al Parlamento, sino a un consejo nacional de defensa.
Tampoco se prohibirán los procesamientos de civiles en tribunales militares, como pedían las asociaciones para la defensa de los derechos humanos.
Estas también mostraron sus inquietudes relativas al texto, que consideran liberticida.
El delito de blasfemia se mantiene y, de ahora en adelante, los insultos están prohibidos, lo que podría acarrear graves consecuencias para la libertad de expresión, sobre todo la de la prensa.
Además, ningún artículo enfatiza la protección de las mujeres, subraya Heba Morayef, de Human Rights Watch.
Según ella, lo único positivo ha sido la prohibición de la tortura de acuerdo con el artículo 36.
La palabra no figuraba en la Constitución anterior.
Aunque el presidente egipcio debía salir ayer por la noche en la televisión, se prevén manifestaciones para este mediodía.
Los partidarios del jefe de Estado se manifestaron el sábado.
En Israel, a los turistas ucranianos les esperan la tierra santa, el ombligo del mundo y un mar de salmuera
La Tierra prometida combina la majestuosidad de las verdades bíblicas con el confort moderno y una prístina naturaleza.
"AIF" identificó las cinco razones más importantes por las que se debe visitar Israel.
Reverencia en la Tierra Santa
Vale la pena visitar el río Jordán donde Jesús fue bautizado.
Se cree que cualquiera que ingrese en esta "pila bautismal" recibirá la gracia divina.
Y Galilea, el lugar de los milagros de Jesús: la conversión de agua en vino en la boda, caminar sobre las aguas, el apaciguamiento de la tormenta y las redes repletas.
En este mismo lugar, Jesús apareció ante sus discípulos después de la resurrección.
Pero la mayor cantidad de lugares santos se encuentra en Jerusalén.
Los creyentes recorren aquí el Viacrucis o el Camino de la Cruz de Jesús (en latín "Vía Dolorosa").
Comienza en la Fortaleza de Antonio, el Pretorio, donde se realizó el juicio, y continúa por las calles de la Ciudad Vieja, va al Santo Sepulcro en el Monte Gólgota, el lugar de la crucifixión, a la Piedra de la Unción y al lugar de sepultura de Jesús.
En este mismo lugar se encuentra también el Ombligo cristiano simbólico del mundo, que simboliza la salvación de la humanidad.
Y el monasterio de la Santa Cruz en Jerusalén, construido en el lugar donde, según una leyenda cristiana, había un árbol del que se hizo la cruz para la crucifixión de Jesús.
En Jerusalén se encuentra también el lugar más sagrado para los judíos, el Muro de las Lamentaciones; los restos de un templo destruido por los romanos en el año 70 DC.
Como es tradición, gente de diferentes religiones deja aquí notas con sus deseos, que luego se harán realidad.
Realizar un viaje vertical
Las ruinas de la Fortaleza Masada fue lo que quedó de un refugio secreto contra los enemigos, que Herodes el Grande mandó construir en el año 25 a. C. para su familia.
Se encuentran en los acantilados de montaña a una altura de 450 m sobre el nivel del mar.
Y llegar hasta allí por sus propios medios, sólo pueden aquellos que se dediquen a la escalada.
Los demás pueden llegar a esta cumbre histórica en el funicular.
Y en el norte del país a una altitud de 1600-2040 m se encuentra la famosa estación de esquí Hermón, donde en los meses de invierno hay una gran afluencia de turistas.
Hasta allí, desde el pie de la colina se ofrecen servicios de autobús.
La longitud total de las pistas de esquí es de 45 km.
Según una antigua leyenda, en la cima de la montaña supuestamente habitaban dioses paganos.
Visitar museos únicos
En este país hay alrededor de 300 museos.
En un solo viaje no podrás visitarlos todos.
Pero vale la pena visitar por lo menos cinco de ellos, los más interesantes.
Entre ellos está el Museo de Israel, situado cerca de la Knesset (Parlamento israelí).
