Los Hermanos musulmanes alegarán que son pocos en comparación con los que eran durante el anterior régimen.
Otro punto conflictivo: los poderes conferidos al ejército.
Conforme al deseo de los militares, la revisión del presupuesto de Defensa no será sometido al Parlamento, sino a un consejo nacional de defensa.
Tampoco se prohibirán los procesamientos de civiles en tribunales militares, como pedían las asociaciones para la defensa de los derechos humanos.
Estas también mostraron sus inquietudes relativas al texto, que consideran liberticida. El delito de blasfemia se mantiene y, de ahora en adelante, los insultos están prohibidos, lo que podría acarrear graves consecuencias para la libertad de expresión, sobre todo la de la prensa.
Además, ningún artículo enfatiza la protección de las mujeres, subraya Heba Morayef, de Human Rights Watch.
Según ella, lo único positivo ha sido la prohibición de la tortura de acuerdo con el artículo 36.
La palabra no figuraba en la Constitución anterior.
Aunque el presidente egipcio debía salir ayer por la noche en la televisión, se prevén manifestaciones para este mediodía. Los partidarios del jefe de Estado se manifestaron el sábado. En Israel, a los turistas ucranianos les esperan la tierra santa, el ombligo del mundo y un mar de salmuera
La Tierra prometida combina la majestuosidad de las verdades bíblicas con el confort moderno y una prístina naturaleza.
"AIF" identificó las cinco razones más importantes por las que se debe visitar Israel.
Reverencia en la Tierra Santa
Vale la pena visitar el río Jordán donde Jesús fue bautizado.
Se cree que cualquiera que ingrese en esta "pila bautismal" recibirá la gracia divina.
Y Galilea, el lugar de los milagros de Jesús: la conversión de agua en vino en la boda, caminar sobre las aguas, el apaciguamiento de la tormenta y las redes repletas. En este mismo lugar, Jesús apareció ante sus discípulos después de la resurrección.
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
En él se conservan los antiguos Manuscritos del Mar Muerto o Rollos de Qumrán, descubiertos en las cuevas del desierto de Judea, y alrededor de 500 mil piezas arqueológicas y antropológicas.
Vale la pena visitar el Museo de Arte en Tel Aviv.
En su exposición de pinturas cuenta con lienzos de impresionistas y expresionistas tales como Monet, Pissarro, Renoir, Cézanne, Sisley, Matisse, Modigliani, Chagall o Picasso.
En Acre se puede visitar el museo-baño Al Basha, que son algunas salas de antiguos baños turcos con figuras modelo de visitantes y bañistas de aquella época.
En Cesarea vale la pena pasar por el exclusivo museo privado Ralli, donde se pueden admirar las esculturas de Rodin y Dalí.
Allí no hay guías turísticos ni tiendas de suvenires.
La entrada es libre, y categóricamente no se aceptan donaciones.
El quinto, el Museo del Holocausto o Yad Vashem en Tel Aviv, muestra una de las páginas más dramáticas de la historia.
La sección más trágica es el Memorial de los niños, construido en memoria de los 1,5 millones de niños asesinados en los campos de concentración y las cámaras de gas.
Entras en él y te encuentras en absoluta oscuridad.
Las estrellas brillan.
