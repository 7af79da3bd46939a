Esa es muy difícil.
Hemos tenido una camada muy buena que incluye a Julio Toro, Flor Meléndez, Carlos Morales, Raymond Dalmau, Armandito Torres.
De los jóvenes, me gusta mucho el trabajo de Leo Arill.
¿Cuál consideras tu mayor logro en la federación?
Haber sido parte de la era más gloriosa del Equipo Nacional entre 1988 y 1995 y que a inicios de los 90 el BSN tuvo hasta 17 equipos en una temporada.
¿Qué te quedó por hacer?
Hubo cosas que hubiera querido implementar, como la regionalización de las categorías menores.
Por ejemplo, que los muchachos de Ponce solo jugaran en su área y solo enfrentaran equipos de otros rincones de la Isla en los playoffs nacionales.
Ahora mismo los niños viajan y juegan demasiado de forma innecesaria.
Al menos veo el fruto de las certificaciones compulsorias y curso para dirigentes, oficiales de mesa y árbitros.
Eso me complace.
¿Qué haces ahora? Lo más que hago es escuchar música, ver vídeos de la música de mi época en YouTube, disfrutarme a mis nietos y de vez en cuando ir a juegos de baloncesto.
Y claro, disfrutar de la compañía de mi esposa, Isabel, que siempre ha estado conmigo.
Muere el actor Larry Hagman
Larry Hagman, nacido el 21 de septiembre de 1931, en Forth Worth (Texas), se hizo mundialmente famoso por su papel central como John Ross Ewing, más conocido como "J.R"., en la serie de televisión "Dallas", en la que encarnaba a un hombre de negocios sin escrúpulos, malicioso y manipulador.
Larry Hagman, cuyo papel como el depredador magnate petrolero J.R. Ewing en la serie televisiva "Dallas" se convirtió en un símbolo de la avaricia en la década de 1980, ha muerto.
Tenía 81 años.
Hagman, que regresó este año como J.R. en una nueva temporada de "Dallas", murió el viernes por la tarde debido a complicaciones de cáncer, de acuerdo con un comunicado de la familia proporcionado a The Associated Press por la Warner Bros., casa productora de "Dallas".
"Larry estaba de vuelta en su querida ciudad natal de Dallas, representando otra vez el papel icónico que más le gustaba", dijo la familia.
La familia de Larry y sus amigos más cercanos estaban con él en Dallas para el feriado del Día de Acción de Gracias.
Linda Gray, que interpretó el papel de su esposa en la serie original y en la secuela, estaba con Hagman cuando falleció en un hospital de Dallas, dijo el publicista de ella, Jeffrey Lane.
Le llevaba alegría a todo el que conocía.
Era creativo, generoso, divertido, gracioso, cariñoso y talentoso, y lo extrañaré muchísimo.
"Era una persona original y vivió la vida al máximo", afirmó Gray en un comunicado.
A Hagman le diagnosticaron cirrosis hepática en 1992 y reconoció que había bebido mucho durante años.
En 1995 le hallaron un tumor maligno en el hígado y se sometió a un trasplante.
Años antes de "Dallas", Hagman se hizo famoso en la televisión como un tipo decente en la comedia ligera "I Dream of Jeannie", difundida por la cadena NBC de 1965 a 1970.
En ella interpretaba al capitán Tony Nelson, un astronauta cuya vida se ve alterada cuando encuentra a una atractiva genio, interpretada por Barbara Eden, y se la lleva a vivir con él a su casa.
Fue protagonista también de dos comedias que estuvieron poco tiempo al aire, "The Good Life" (NBC, 1971-72) y "Here We Go Again" (ABC, 1973).
Su trabajo en el cine incluyó papeles bien recibidos por la crítica en "The Group", "Harry and Tonto" y "Primary Colors".
Pero fue su magistral interpretación del encantadoramente detestable J.R. la que llevó a Hagman a su máximo estrellato.
La serie dramática de la cadena CBS sobre el clan Ewing y otros personajes en su órbita estuvo al aire de abril de 1978 a mayo de 1991.
La frase promocional "Who shot J.R.?", pensada para generar expectativa en torno a un episodio pleno de emociones en la que el personaje de Hagman casi es asesinado, generó una especulación internacional y millones de dólares arriesgados en casas de apuestas.
También ayudó a darle a la serie un récord de audiencia en esa época.
Cuando fue revelada la respuesta en un capítulo de noviembre de 1980, un promedio de 41 millones de televidentes lo sintonizaron y convirtieron a "Dallas" en el segundo programa de entretenimiento más visto de la historia, detrás del final de "MASH" en 1983, que tuvo 50 millones de espectadores.
Fue la cuñada de J.R., Kristin (interpretada por Mary Crosby) quien le disparó.
J.R. la embarazó y luego la amenazó con tacharla de prostituta a menos que se fuera de la ciudad, pero otros también tenían motivos para atacarlo.
Hagman interpretó a Ewing como un corrupto insaciable con una sonrisa carismática: un empresario tramposo y un marido infiel que intentó que su esposa alcohólica, Sue Ellen (Linda Gray), fuera internada.
"Yo sé lo que quiero en la lápida de J.R"., dijo Hagman en 1988.
Debería decir: "Aquí yace el honesto ciudadano J.R. Ewing". Este es el único negoció que perdió.
Victoria Principal, coprotagonista de la serie original, recordó el viernes a Hagman como alguien "enorme, dentro y fuera de la pantalla".
Es inolvidable, e irremplazable, para millones de admiradores en el mundo, y en los corazones de cada uno de nosotros, que tuvimos la suerte de conocerlo y amarlo.
Diez episodios de la nueva edición de "Dallas" fueron transmitidos hace unos meses con gran éxito para el canal TNT.
Ya había terminado la grabación de cinco de los capítulos para la segunda temporada y un sexto estaba en proceso, informó la cadena.
De inmediato no hubo un pronunciamiento de Warner ni de TNT sobre cómo manejará la serie la pérdida de Hagman.
Oriundo de Fort Worth, Texas, fue hijo de la actriz y cantante Mary Martin, quien estelarizó obras clásicas como "South Pacific" y "Peter Pan".
Martin era todavía una adolescente cuando lo tuvo en 1931 durante su matrimonio con el abogado Ben Hagman.
Probó suerte en los escenarios teatrales de Nueva York al principio de la década de 1950, y luego sirvió en la Fuerza Aérea de 1952 a 1956 en Inglaterra. Mientras estaba allí conoció a la joven diseñadora sueca Maj Axelsson y se casó con ella.
La pareja tuvo dos hijos, Preston y Heidi, y vivieron durante largo tiempo en la ciudad californiana de Malibu, donde residen muchas celebridades.
En 2001 tituló sus memorias "Hello Darlin': Tall (and Absolutely True) Tales about My Life".
"No puse nada allí que yo creyera que fuera a lastimar a alguien o afectarlos de alguna manera", dijo a Prensa Asociada en aquel tiempo.
Después del trasplante de hígado se convirtió en promotor de la donación de órganos y laboró como voluntario en un hospital para asistir a los pacientes temerosos.
"Los aconsejo, les doy valor, me reúno con ellos cuando vienen para sus cirugías, y después", indicó en 1996.
Trato de ofrecer algo de consuelo, como "no teman, será un poco incómodo por un breve tiempo, pero van a estar bien". Fue también activista contra el hábito de fumar y participó en varias campañas.
Inician curso que explora el "Fin del mundo"
Cada semana, los estudiantes exploran temas apocalípticos como la guerra nuclear, los zombis, los virus y gérmenes, y el calentamiento global.
Este semestre, cuando el profesor en religión Stuart Charmé decidió impartir un curso sobre el fin del mundo, sabía que contaba con un anzuelo irresistible: El fin de la "larga cuenta regresiva" del Calendario Maya, el 21 de diciembre, al que se han aferrado muchas personas como una prueba de que se viene el fin del mundo.
Pero Charmé no tenía idea de lo que le esperaba en el siguiente par de meses: El cataclísmico huracán Sandy, un precipicio fiscal que algunos han llamado "deudarmagedón" y un creciente conflicto que involucra a Israel, el lugar donde los teóricos cristianos del fin de los tiempos creen que se iniciará el Apocalipsis.
