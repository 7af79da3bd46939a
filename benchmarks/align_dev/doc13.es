Se trata de un acto benéfico estatal que llevamos planeando desde hace dos años.
Nos decidimos a aprovechar el potencial de marketing que tiene el final del calendario maya enunciado para el 21 de diciembre a las 11:10 de la mañana.
El día anterior, el 20 de diciembre a las 21 horas, organizaremos 3 conciertos simultáneos en Praga, Brno y Ostrava.
Terminarán aproximadamente a la misma hora en la que termina el calendario maya en la isla Kiribati, en el Océano Pacífico, 12 horas por delante de nuestra zona horaria.
¿A quién se le ocurrió esta idea?
Inicialmente fue idea mía, después fuimos forjando el proyecto todos juntos con nuestro diseñador Honza Augusta.
Además de querer reunir suficiente energía positiva y evitar el fin del mundo, también queremos reflexionar.
Junto con la sociedad, sobre el estado en que dejaremos el mundo a nuestros hijos.
Con ocasión del final del calendario maya también hemos creado una colección única de artículos: botas, camisetas, bolsas y originales llaveros contra el fin del mundo que pueden adquirirse en www.e-tap.cz, otra forma de apoyarnos.
El grupo The Tap Tap, junto con otros intérpretes, también cantó el llamado himno contra el fin del mundo, que lleva por título "Fin del mundo, cancelado".
Actualmente es muy popular en YouTube, ¿se podrá oír en los conciertos benéficos?
Claro que sí, y será justo la última, bueno, siempre que todo salga bien y no se acabe el mundo...
La cantarán todos los intérpretes al mismo tiempo en los tres conciertos.
Los himnos se enlazarán entre sí simultáneamente gracias a la retransmisión especial en directo en la Televisión Checa.
Tomáš Hanák ha escrito la letra de esta canción e interpreta el papel protagonista de Jesús en el videoclip, donde también canta Xindl X...
¿Cómo surgió esta colaboración?
Trabajamos conjuntamente incluso con otras personalidades de la escena cultural checa, aparte de organizar muchos actos benéficos y conciertos...
Ponemos todo nuestro empeño en participar en este proyecto.
Se ha demostrado que a la mayoría de ellos les interesa y les divierte trabajar con nosotros.
¿A qué se destinará el dinero recaudado en los conciertos contra el fin del mundo?
A equipamiento para el centro educativo sin barreras Studeo, que llevamos a término en su sexto año consecutivo con la asociación civil Tap en Jedličkův ústav.
Los alumnos de la escuela de Jedličkův ústav reciben regularmente la visita de profesores con los que realizan actividades divertidas e interesantes.
Los alumnos no disponen de medios económicos suficientes para pagar a los profesores y hacemos un efuerzo para hacerlo posible.
En el marco de la finalización de las obras en Jedličkův ústav.
Existirá un edificio independiente al que nos trasladaremos con este proyecto.
En cada concierto actúan varios grupos e intérpretes.
¿Cuáles son los criterios de selección?
Intentamos elaborar un programa que sea atractivo para todas las generaciones, incluidos los niños.
Por ejemplo, en Praga actuarán Chinaski, Support Lesbiens.
Illustratosphere con Dan Bárta, The Tap Tap, Marián Bango y Jiří Suchý.
Para obtener información más detallada, podéis consultar www.kpks.cz.
¿Tenéis prevista alguna otra "acción espectacular" similar en el futuro?
En mayo actuaremos por primera vez en el festival Pražské jaro, así que aquí seguramente prepararemos un programa atractivo con invitados interesantes.
El año que viene también nos gustaría tocar en el Bohemian National Hall de Nueva York y a mí, personalmente, aprovechando que estamos en Estados Unidos, me gustaría completarlo con actuaciones en Washington y en Chicago.
Vuestros planes en el extranjero no son precisamente minimalistas, hasta ahora habéis actuado por ejemplo en Madrid, Bruselas, Londres o Moscú.
The Tap Tap es, no obstante, un grupo formado por personas con discapacidad.
¿Cómo es la logística y la organización de estos viajes?
No es tan difícil cómo puede parecer a primera vista.
Hay cinco miembros en silla de ruedas eléctrica, las sillas deben viajar en el compartimento para equipajes y además llevamos mucho peso, las cajas con los instrumentos...
Sin embargo, hasta ahora nos las hemos arreglado bien. ČSA y British Airways estaban perfectamente preparados, cosa que no deja de sorprenderme.
Incluso en Moscú, de donde hemos regresado hace poco, salió todo sin problemas.
Gracias a las salidas al extranjero podéis comparar las diferentes actitudes de la sociedad hacia los discapacitados y otros aspectos.
¿Con qué os habéis encontrado hasta ahora?
En Madrid, Luxemburgo, Londres y otras ciudades, todo funciona mejor que aquí; en Rusia hemos sido testigos de que, en el este, queda mucho camino por recorrer.
A diferencia de Praga, Moscú está llena de barreras, allí sigue sin ser frecuente que una persona se desplace sola por el centro de la ciudad en una silla de ruedas eléctrica.
Algo tan corriente como es, por ejemplo, dar preferencia a alguien en silla de ruedas en ascensor, allí no lo es.
Por suerte, se ha creado una asociación civil que se esfuerza por tematizar los problemas de las personas con discapacidad.
¿En qué aspectos debemos tomar ejemplo de países más adelantados?
Hay muchos aspectos en los que vamos por detrás...
Pero es importante mencionar que el perfeccionamiento y la mejora de la situación siempre depende de las personas a las que afecta directamente.
En Londres y en Madrid es muy normal que la gente con una discapacidad grave se desplace por su cuenta en público y pueda ir al servicio, al museo, donde quiera...
Pero no es muy común que un gran número de personas con discapacidad participen en la vida social de forma activa, en este aspecto, con The Tap Tap ¡vamos un poco por delante!
Una sociedad respetuosa o sin barreras es una cosa, pero cuando llegue el momento en el que surjan eminentes deportistas, artistas, actores, políticos o abogados, empezará a cambiar todo de verdad.
Hasta ahora, son casos aislados de personas que tienen una gran fuerza de voluntad.
El grupo The Tap Tap es actualmente muy popular, pero si miramos unos años atrás, ¿qué os llevó a formar el grupo en 1998?
Entré como educador en Jedličkův ústav, donde tenía mucha gente joven a mi alrededor que querían dedicarse a algo.
Y puesto que yo soy músico, toco, entre otros, el saxofón, fundé un grupo amateur con un compañero de trabajo.
Y con el tiempo, como dice nuestro moderador Láďa Angelovič, se nos fue un poco de las manos (risas).
Sin embargo, la popularidad no llegó hasta estos últimos años, ¿o me equivoco?
Es verdad que nos ayudó bastante el hecho de conectar con cantantes famosos y también trabajar activamente para promocionar el grupo.
Llegamos a la conclusión de que el trabajo que no se ve, es como si no existiera.
Gracias a las ayudas de la Unión Europea.
Podemos permitirnos además profesorado de calidad, equipamiento, etc.
¿Tenías intención de llegar tan lejos con The Tap Tap?
Desde el principio vi el potencial que había, que se puede hacer algo de otro modo.
El mundo del espectáculo está lleno de cosas que se parecen las unas a las otras.
Es lógico, a su manera, todo lo nuevo se acoge con cautela y tarda mucho tiempo en aceptarse.
Hay pocas cosas extraordinarias, pero me atrevo a decir que The Tap Tap es una de ellas.
La impresión de alguien que nos ve por primera vez es claramente la compasión, es una reacción natural...
Pero la compasión es totalmente superflua porque las personas con discapacidad no son seres abandonados que sufran y de los que debamos tener compasión.
Hay gente que es capaz de vivir una vida plena y desarrollarse.
Con la condición, por supuesto, de que disponga de los medios necesarios.
Yo siempre digo que si algo les sale bien a personas con discapacidad.
Entonces, no es sólo un avance para ellos, sino para toda la sociedad.
¿Ayudó el hecho de que es Ud. un jefe exigente, como le describe mucha gente?
Si queremos hacer un trabajo de calidad, tenemos que ser rigurosos en muchas aspectos y exigir cierta disciplina.
Creo que es completamente normal.
Algunas personas llegan con una visión romántica y con la cabeza en las nubes y cuando se enteran que tienen que acudir dos días a ensayar, ir a la prueba preparatoria y pasar mucho tiempo viajando y en conciertos, la euforia inicial les abandona rápidamente.
Pero así es cómo funciona en todas partes, en cada grupo que quiere trabajar y conseguir algo.
Actualmente el grupo The Tap Tap tiene veinte miembros.
¿Cuántos de ellos estaban ya en los inicios del año 1998?
Sólo uno: Láďa Angelovič.
Somos un grupo abierto, la gente entra y sale, no se puede evitar.
Quien tenga voluntad y ganas encontrará siempre las puertas abiertas
Será el día antes del esperado fin del mundo, el jueves 20.12.2012 a las 21 horas
Tendrá lugar en la Incheba Arena de Praga.
En Fléda de Brno y en Plynojem en Ostrava y participarán 12 grupos y otros músicos de la República Checa
Las tres ciudades se conectarán al final de la velada a través de videoconferencia para cantar conjuntamente la canción del grupo The Tap Tap "Fin del mundo, cancelado"
El objetivo del concierto es reunir los recursos necesarios para financiar equipamiento multifuncional del centro educativo sin barreras STUDEO en Jedličkův ústav de Praga, cuyo coste asciende a 25 millones de coronas checas.
La entrada al concierto cuesta 400 CZK y los niños hasta 12 años tienen entrada gratis en la opción de venta anticipada en Bohemiaticket
Polonia y el cosmos.
En la reunión de ministros de los países de la Agencia Espacial Europea celebrada la semana pasada se aceptó a Polonia como duodécimo miembro de la ESA. Es el segundo país miembro de la ESA del antiguo bloque de Europa del Este, después de la República Checa, que se convirtió en miembro pleno el 12 de noviembre de 2008).
Polonia inició una intensa colaboración con la ESA en el año 1994 y durante los años posteriores participó en la comisión de proyectos de la agencia.
Sin embargo, el camino de Polonia hacia el cosmos empezó mucho antes.
Los entusiastas polacos ya se dedicaban a los vuelos al espacio antes de la Segunda Guerra Mundial, aunque no siempre se entendía su labor.
Recuerdo, por ejemplo, la conferencia de A. Šternfeld en el observatorio astronómico de Varsovia en la que, el 6 de diciembre de 1933, presentó sus ideas sobre el estudio pionero "Introducción a la cosmonáutica".
Las ideas del joven ingeniero (nacido el 1905) dejaron a los asistentes indiferentes y, años después, Šternfeld recordaba que el Dr. Jan Gadomski había sido el único que había mostrado interés en su trabajo.
