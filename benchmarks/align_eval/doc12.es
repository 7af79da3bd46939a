La superficie de la mayoría de las carreteras de primera categoría está seca y sin hielo.
En la zona de la carretera de Pilsen y Tachov fronteriza con Alemania puede haber tramos con placas de hielo.
Las vías de segunda y tercera categoría están húmedas, por lo que, en este caso, también se advierte de tramos con placas de hielo.
Los conductores deberían ser más prudentes, especialmente en las vías menos transitadas en la zona de Šumava.
Región de Olomouc
Los conductores que se dirijan a las zonas más elevadas de la región de Olomouc se encontrarán con nieve parcialmente desecha.
Después del tratamiento químico, todavía quedó nieve en el puerto de Červenohorské y en la vía en dirección a Videlský kříž.
Los operarios de carreteras quitaron la nieve durante la noche; en la carretera de Šumper se acumularon unos tres centímetros de nieve, según los administradores de las vías.
En el resto de la región, la mayoría de vías son transitables sin restricciones.
"En las zonas más altas de la carretera de Šumper, quedan restos de nieve.
Los conductores en el puerto de Červenohorské se encontrarán con nieve medio desecha en dirección a Jeseník", ha confirmado hoy un operario de la administración de carreteras de Šumper a la ČTK.
Sobre el terreno y de noche acudieron a la Jesenická también sus colegas y, después del tratamiento químico, las pistas de las zonas más altas están ahora despejadas y mojadas.
En la carretera de Olomouc las vías son transitables sin restricciones, en la de Šternberská los conductores deberían conducir con precaución en los tramos forestales, donde las vías siguen estando húmedas.
Región de Ústí nad Labem y región de Liberec
Los operadores de las carreteras del norte de Bohemia han informado sobre complicaciones en distintos tramos a primera hora de la mañana.
Aparte de algunos lugares en los que ha nevado o helado, según la base de datos de la policía la carretera de montaña entre Telnice y Knínice en la región de Ústí nad Labem está cerrada.
Las temperaturas se mantienen bajo cero, incluso en las zonas más bajas, por lo que el hielo y la nieve obviamente permanecen en la calzada. En cambio, en las zonas más bajas, especialmente en el sureste del macizo central checo, no hay problemas y las carreteras, por lo general, están secas.
Por el mmento no se han registrado complicaciones de servicio.
Los operadores de carreteras han avisado de la presencia de hielo en los alrededores de Štětí.
Según los meteorólogos, las condiciones han sido ideales durante la noche. Durante el día se espera lluvia y nieve que se derrite y por la noche el cielo estará despejado y habrá hielo. Desde las carreteras generales se han anunciado condiciones desfavorables en la carretera I/13, en la frontera entre la región de Ústí nad Labem y Liberec. La carretera entre Telnice y Knínice tuvo que ser cortada por las ramas de los árboles que se habían arqueado sobre la vía con el peso de la nieve.
Šimon Ornest: En nuestros conciertos queremos acumular energía positiva
Se dice que en poco menos de un mes va a llegar el fin del mundo, ¿qué opina sobre ello?
Sólo es una de entre tantas otras noticias alarmistas a las que nos gusta agarrarnos. Al grupo de música The Tap Tap nos gusta más bien hacer bromas sobre esto y nos gusta decir que somos el único grupo de música del mundo que consigue reunir suficiente energía positiva para posponer el fin del mundo o para evitarlo.
Además, en diciembre organizáis un proyecto realmente original: tres conciertos contra el fin del mundo.
¿Puede explicárselo a nuestros lectores?
Se trata de un acto benéfico estatal que llevamos planeando desde hace dos años.
Nos decidimos a aprovechar el potencial de marketing que tiene el final del calendario maya enunciado para el 21 de diciembre a las 11:10 de la mañana.
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
Tomáš Hanák ha escrito la letra de esta canción e interpreta el papel protagonista de Jesús en el videoclip, donde también canta Xindl X... ¿Cómo surgió esta colaboración?
Trabajamos conjuntamente incluso con otras personalidades de la escena cultural checa, aparte de organizar muchos actos benéficos y conciertos...
Ponemos todo nuestro empeño en participar en este proyecto.
Se ha demostrado que a la mayoría de ellos les interesa y les divierte trabajar con nosotros. ¿A qué se destinará el dinero recaudado en los conciertos contra el fin del mundo?
A equipamiento para el centro educativo sin barreras Studeo, que llevamos a término en su sexto año consecutivo con la asociación civil Tap en Jedličkův ústav.
Los alumnos de la escuela de Jedličkův ústav reciben regularmente la visita de profesores con los que realizan actividades divertidas e interesantes.
Los alumnos no disponen de medios económicos suficientes para pagar a los profesores y hacemos un efuerzo para hacerlo posible.
En el marco de la finalización de las obras en Jedličkův ústav, existirá un edificio independiente al que nos trasladaremos con este proyecto.
En cada concierto actúan varios grupos e intérpretes.
¿Cuáles son los criterios de selección?
Intentamos elaborar un programa que sea atractivo para todas las generaciones, incluidos los niños. Por ejemplo, en Praga actuarán Chinaski, Support Lesbiens, Illustratosphere con Dan Bárta, The Tap Tap, Marián Bango y Jiří Suchý.
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
Pero es importante mencionar que el perfeccionamiento y la mejora de la situación siempre depende de las personas a las que afecta directamente. En Londres y en Madrid es muy normal que la gente con una discapacidad grave se desplace por su cuenta en público y pueda ir al servicio, al museo, donde quiera...
Pero no es muy común que un gran número de personas con discapacidad participen en la vida social de forma activa, en este aspecto, con The Tap Tap ¡vamos un poco por delante!
Una sociedad respetuosa o sin barreras es una cosa, pero cuando llegue el momento en el que surjan eminentes deportistas, artistas, actores, políticos o abogados, empezará a cambiar todo de verdad.
Hasta ahora, son casos aislados de personas que tienen una gran fuerza de voluntad.
El grupo The Tap Tap es actualmente muy popular, pero si miramos unos años atrás, ¿qué os llevó a formar el grupo en 1998?
Entré como educador en Jedličkův ústav, donde tenía mucha gente joven a mi alrededor que querían dedicarse a algo. Y puesto que yo soy músico, toco, entre otros, el saxofón, fundé un grupo amateur con un compañero de trabajo.
Y con el tiempo, como dice nuestro moderador Láďa Angelovič, se nos fue un poco de las manos (risas).
Sin embargo, la popularidad no llegó hasta estos últimos años, ¿o me equivoco?
Es verdad que nos ayudó bastante el hecho de conectar con cantantes famosos y también trabajar activamente para promocionar el grupo.
Llegamos a la conclusión de que el trabajo que no se ve, es como si no existiera.
Gracias a las ayudas de la Unión Europea, podemos permitirnos además profesorado de calidad, equipamiento, etc.
¿Tenías intención de llegar tan lejos con The Tap Tap?
Desde el principio vi el potencial que había, que se puede hacer algo de otro modo.
El mundo del espectáculo está lleno de cosas que se parecen las unas a las otras.
Es lógico, a su manera, todo lo nuevo se acoge con cautela y tarda mucho tiempo en aceptarse.
Hay pocas cosas extraordinarias, pero me atrevo a decir que The Tap Tap es una de ellas.
La impresión de alguien que nos ve por primera vez es claramente la compasión, es una reacción natural...
Pero la compasión es totalmente superflua porque las personas con discapacidad no son seres abandonados que sufran y de los que debamos tener compasión.
Hay gente que es capaz de vivir una vida plena y desarrollarse, con la condición, por supuesto, de que disponga de los medios necesarios.
Yo siempre digo que si algo les sale bien a personas con discapacidad, entonces, no es sólo un avance para ellos, sino para toda la sociedad.
