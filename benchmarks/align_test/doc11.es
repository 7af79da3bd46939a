El día anterior, el 20 de diciembre a las 21 horas, organizaremos 3 conciertos simultáneos en Praga, Brno y Ostrava.
Terminarán aproximadamente a la misma hora en la que termina el calendario maya en la isla Kiribati, en el Océano Pacífico, 12 horas por delante de nuestra zona horaria.
¿A quién se le ocurrió esta idea?
Inicialmente fue idea mía, después fuimos forjando el proyecto todos juntos con nuestro diseñador Honza Augusta.
Además de querer reunir suficiente energía positiva y evitar el fin del mundo, también queremos reflexionar, junto con la sociedad, sobre el estado en que dejaremos el mundo a nuestros hijos.
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
En el marco de la finalización de las obras en Jedličkův ústav, existirá un edificio independiente al que nos trasladaremos con este proyecto.
En cada concierto actúan varios grupos e intérpretes.
¿Cuáles son los criterios de selección?
Intentamos elaborar un programa que sea atractivo para todas las generaciones, incluidos los niños.
Por ejemplo, en Praga actuarán Chinaski, Support Lesbiens, Illustratosphere con Dan Bárta, The Tap Tap, Marián Bango y Jiří Suchý.
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
Gracias a las ayudas de la Unión Europea, podemos permitirnos además profesorado de calidad, equipamiento, etc.
¿Tenías intención de llegar tan lejos con The Tap Tap?
Desde el principio vi el potencial que había, que se puede hacer algo de otro modo.
