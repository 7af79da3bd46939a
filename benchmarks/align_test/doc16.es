El Partido Laborista niega que esté elaborando un plan para que los británicos trabajen cuatro días a la semana, pero cobren cinco El Partido Laborista de Jeremy Corbyn va a pensar en un plan radical con el que los británicos trabajarían cuatro días a la semana, pero cobrarían cinco.
Supuestamente, el partido quiere que los dueños de las empresas destinen los ahorros obtenidos gracias a la revolución en inteligencia artificial (IA) a los trabajadores, dándoles un día libre adicional.
Así, los empleados disfrutarían de un fin de semana de tres días por el mismo salario.
Según señalan las fuentes, la idea “encajaría” en los planes y la agenda económica del partido de inclinar el país a favor de los trabajadores.
Este cambio a una semana de cuatro días ha recibido el apoyo del Congreso de Sindicatos, ya que es una forma de que los trabajadores saquen partido de la economía cambiante.
Tal como un alto cargo del Partido Laborista comentó a The Sunday Times: Se espera el anuncio de una revisión de la directiva para antes de que acabe el año.
"No se conseguirá de un día para otro, pero la semana laboral de cuatro días es definitivamente una cuestión que el partido espera incorporar para reequilibrar la economía a favor del trabajador, así como en la estrategia industrial general del partido".
El Partido Laborista no sería el primero en respaldar este tipo de ideas, ya que el Partido Verde ya prometió una semana laboral de cuatro días en su campaña para las elecciones generales de 2017.
No obstante, por el momento, no todo el Partido Laborista respalda esta decisión.
Un portavoz de los laboristas dijo: "La semana laboral de cuatro días no forma parte de la política del partido y no se va a discutir en este momento".
El ministro de Hacienda en la sombra, John McDonnell, utilizó la conferencia del Partido Laborista que se celebró la semana pasada para exponer su idea de realizar una revolución socialista en la economía.
El Sr. McDonnell dijo que estaba dispuesto a recuperar poderes de "directores anónimos" y "aprovechados" a cargo de empresas que prestan servicios públicos.
Entre los planes del ministro en la sombra también se incluye la idea de que los actuales accionistas de las compañías de aguas no recuperen toda su participación, puesto que un gobierno laborista podría aplicar deducciones que se correspondieran con las irregularidades percibidas.
También confirmó su intención de incluir a trabajadores en los consejos de administración de las empresas y crear fondos de propiedad inclusivos en los que haya que destinar el 10 % de las acciones de las empresas del sector privado a los empleados, lo que les supondría unos dividendos anuales de hasta 500 £.
Según la policía, dijo a los investigadores que se sentía bien por lo que había hecho.
Lindsey Graham y John Kennedy hablan en "60 Minutes" sobre la investigación del FBI en torno a Kavanaugh y si podría hacerles cambiar de opinión
La investigación que está realizando el FBI sobre las acusaciones hechas en contra del juez Brett Kavanaugh ha pospuesto al menos una semana la votación final para su confirmación como magistrado del Tribunal Supremo y, además, plantea la cuestión de si los resultados que se concluyan podrían influir en algún senador republicano que decida finalmente retirar su apoyo.
En una entrevista que se emitirá el domingo, el periodista de "60 Minutes", Scott Pelley, preguntó a senadores republicanos. John Kennedy y Lindsey Graham hablan de si el FBI podría sacar a la luz información que les hiciera cambiar de opinión.
Kennedy se mostró más abierto que su colega de Carolina del Sur.
"Claro, por supuesto", dijo Kennedy.
"Estuve a favor de proceder con la audiencia, hablé con el juez Kavanaugh.
Lo llamé después de que todo esto pasara.
De que saliera la alegación y le pregunté: '¿Lo hiciste?'
Se mostró firme, resuelto, tajante".
El voto de Graham, sin embargo, parece inamovible.
"Tengo ya una decisión tomada en torno a Brett Kavanaugh y echaría por alto la acusación", dijo.
"Dra. Ford, no sé qué pasó, pero sí sé esto: Brett lo negó tajantemente", dijo Graham, haciendo referencia a Christine Blasey Ford.
"Y ninguna de las personas que ella nombra ha podido confirmarlo.
Hace 36 años.
Es siempre lo mismo, no veo nada nuevo en este caso".
¿Qué es el "Global Citizen Festival"? ¿Ha logrado reducir la pobreza?
Este sábado, Nueva York albergará el Global Citizen Festival, un festival anual de música, donde se reúne un impresionante cartel de estrellas en pro de una misión igualmente impresionante: acabar con la pobreza en el mundo.
Este año, en su séptima edición, el Global Citizen Festival verá cómo decenas de miles de personas se desplazarán al Great Lawn del Central Park para disfrutar de actuaciones como las de Janet Jackson, Cardi B y Shawn Mendes, pero también para concienciar sobre el objetivo real del evento: terminar con la pobreza extrema en el 2030.
El Global Citizen Festival, que comenzó en el 2012, es una extensión del Global Poverty Project, un grupo de sensibilización internacional que espera acabar con la pobreza mediante el aumento del número de personas que lucha activamente contra ella.
Si desea recibir una entrada gratis para el evento (a menos que pueda pagar una entrada VIP), los asistentes a los conciertos han tenido que completar una serie de tareas o “acciones”, como voluntariados, enviar correos electrónicos a un líder mundial, realizar una llamada de teléfono o cualquier otra cosa que sirva para concienciar sobre su objetivo de acabar la pobreza.
Sin embargo, ¿qué ha logrado el Global Citizen a 12 años de llegar a su objetivo? ¿La idea de recompensar con un concierto gratuito es una forma genuina de persuadir a la gente para que tome medidas o no es más que una forma del llamado "clictivismo", que se llama a la postura que adoptamos cuando creemos estar haciendo algo realmente útil al firmar una petición online o enviar un tweet?
Desde 2011, Global Citizen afirma haber registrado más de 19 millones de "acciones" de sus partidarios a favor de un gran número de objetivos diversos.
Gracias a estas acciones, afirman haber conseguido que líderes mundiales anunciaran compromisos y políticas por un valor de más de 37 000 millones de $, que repercutirán en las vidas de más de 2250 millones de personas en 2030. A principios de 2018, el grupo citó 390 compromisos y anuncios que surgieron a partir de sus acciones, de los cuales, ya se han desembolsado o recaudado al menos 10 000 millones de $.
El grupo estima que los fondos garantizados han influido de manera directa en casi 649 millones de personas en todo el mundo.
Entre los compromisos más importantes se encuentra "The Power of Nutrition", una asociación de inversores y ejecutores con sede en Reino Unido unidos con el compromiso común de "ayudar a que los niños crezcan y se desarrollen con todo su potencial". Con este fin, se han propuesto proporcionar a Ruanda 35 millones de $ para ayudar a terminar con la malnutrición del país tras recibir más de 4700 tweets de los colaboradores de Global Citizens.
"Gracias al apoyo del gobierno del Reino Unido, los donantes, los gobiernos nacionales y colaboradores de Global Citizens como usted, podemos marcar un pequeño hito en la historia de la injusticia social de la desnutrición”, dijo Tracey Ullman, embajadora de "The Power of Nutrition", a la multitud durante un concierto en abril de 2018 en Londres.
El grupo también afirmó que, después de haber llevado a cabo más de 5000 acciones para tratar de mejorar la nutrición en Reino Unido para madres e hijos, el gobierno anunció la financiación de un proyecto, Power of Nutrition, con el que 5 millones de mujeres y niños se beneficiarán de intervenciones relacionadas con la nutrición.
En respuesta a una de las preguntas frecuentes que se plantean en su sitio web acerca de qué creemos que se puede hacer para remediar la pobreza extrema,
un colaborador de Global Citizen respondió: "Será un camino largo y duro y, en muchas ocasiones, tropezaremos y nos caeremos.
Pero, como ya consiguieron anteriormente los movimientos a favor de los derechos humanos y en contra del apartheid.
Lograremos nuestros objetivos, porque somos más fuertes juntos.
Janet Jackson, the Weeknd, Shawn Mendes, Cardi B y Janelle Monáe son algunas de las actuaciones con las que contaremos en el evento de Nueva York de este año, que estará presentado por Deborra-Lee Furness y Hugh Jackman.
