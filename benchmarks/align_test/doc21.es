Los seguidores del MMA estuvieron despiertos toda la noche para el Bellator 206, pero solo vieron Peppa Pig
Imagine que se queda toda la noche despierto para ver todo el Bellator 206 para que al final no le dejen ver el evento principal.
El cartel de San José contaba con 13 peleas, seis incluidas en la tarjeta principal, y en Reino Unido se iba a retransmitir en directo por la noche en el Canal 5.
A las 6 h, justo cuando Gegard Mousasi y Rory MacDonald se estaban preparando para enfrentarse, los telespectadores del Reino Unido se quedaron atónitos cuando el programa cambió a Peppa Pig.
A algunos no les sorprendió después de haber tenido que quedarse despiertos hasta primera hora de la mañana solo para ver la pelea.
Un seguidor en Twitter describió el cambio a los dibujos animados como "una broma pesada".
"Hay una normativa gubernamental que regula el contenido que se emite a partir de las 6 h y este no era adecuado, por lo que tuvieron que cambiar a la programación de niños", dijo Dave Schwartz, el vicepresidente sénior de marketing y comunicación de Bellator, cuando le preguntamos sobre la transmisión.
""Peppa la cerdita", sí".
El presidente de la empresa Bellator, Scott Coker, dijo que van a modificar el programa para incluir a los espectadores británicos en las próximas ediciones.
Estoy en la nieve haciendo cola para comer algo; ya he tenido suficiente rakfisk.
"Cuando pienso en la opción de la retransmisión, creo que puede funcionar", dijo Coker.
"Pero es a las 6 de la mañana en domingo, por lo que no podríamos hacerlo hasta el domingo a nuestra hora, lo que ya sería lunes para ellos.
Estamos viendo cómo hacerlo.
Créame, cuando se cambió la programación, se recibieron una gran cantidad de mensajes y no todos eran amables, precisamente.
Intentamos arreglarlo, porque en un principio pensamos que era un problema técnico.
Pero no fue así, se trataba de un problema gubernamental.
Puedo prometer que la próxima vez no sucederá.
Lo reduciremos a cinco peleas en lugar de seis, que son las que normalmente hemos hecho. Intentamos ofrecer más de lo habitual para que los aficionados estuvieron contentos y nos pasamos.
Es una situación muy desafortunada".
Desert Island Discs: Tom Daley se sentía inferior por su sexualidad
El saltador olímpico Tom Daley dice que creció sintiéndose inferior al resto a causa de su sexualidad, aunque esto fue, a su vez, lo que le motivó a convertirse en un triunfador.
A sus 24 años, nos contó que no se dio cuenta hasta que llegó a secundaria de que "no todos eran como yo".
En el primer programa de Desert Island Discs de Radio 4, presentado por Lauren Laverne, dijo que su intención al hablar de los derechos de los gays era transmitir "esperanza" a otras personas.
También nos contó que convertirse en padre hizo que empezara a restar importancia al hecho de ganar en las Olimpiadas.
El presentador habitual de este mítico programa, Kirsty Young, va a estar ausente algunos meses por enfermedad.
En el primer programa de Laverne, Daley, que se mostró a sí mismo como un marginado, comentó que se sintió "inferior" al resto durante su infancia, porque "no se aceptaba socialmente que te gustaran niños y niñas".
Dijo: "Hasta hoy, esa sensación de inferioridad y ser diferente ha sido lo que realmente me ha dado el poder y la fuerza para triunfar".
Quería demostrar que él era "algo", afirmó, así que no decepcionó cuando finalmente descubrió su sexualidad.
El ganador de dos medallas de bronce en las Olimpiadas se ha convertido en un perfil destacado del movimiento LGBT y su imagen se ha utilizado en los Juegos de la Commonwealth de este año celebrados en Australia para reclamar que más países despenalicen la homosexualidad.
Dijo que lo contó porque se sentía afortunado por vivir en libertad, sin represalias, y quería transmitir esa "esperanza" a otras personas.
El tres veces campeón del mundo declaró que para él también fue toda una sorpresa enamorarse de un hombre, el cineasta estadounidense Dustin Lance Black, a quien conoció en 2013.
Daley se casó el año pasado con el ganador de un Oscar, que le lleva 20 años, si bien especificó que la diferencia de edad nunca había sido un problema.
"Cuando vives tanto desde tan joven" (fue a sus primeros Juegos Olímpicos con 14 años y su padre murió de cáncer tres años después), resulta difícil encontrar a alguien de la misma edad que haya pasado por los mismos altos y bajos que tú.
La pareja tuvo un hijo en junio a quien llamaron Robert Ray Black-Daley y Daley dijo que su "perspectiva global" había cambiado.
"Si me hubieran preguntado el año pasado, todas las respuestas habrían girado en torno a 'tengo que ganar una medalla de oro'", dijo.
"Pero sabe qué, hay cosas más importantes que las medallas de oro olímpicas.
Mi medalla de oro olímpica es, sin duda, Robbie".
Su hijo se llama como su padre, Robert, que murió en 2011 a la edad de 40 años después de que se le diagnosticara un cáncer cerebral.
Daley dijo que su padre no aceptaba que iba a morir y, de hecho, una de las últimas cosas que preguntó es si tenían los pases para Londres 2012, porque él quería estar en primera fila.
"No fui capaz de decirle que no iba a poder estar en la primera fila", contó.
"Tenía su mano entre las mías cuando dejó de respirar y no fue hasta ese preciso momento en el que dejó de respirar y murió que me di cuenta de que él no era invencible", comentó.
El año siguiente, Daley compitió en las Olimpiadas de 2012 y ganó la medalla de bronce.
"En ese momento supe que eso era lo que había soñado toda mi vida: competir en la piscina delante de los míos en unos Juegos Olímpicos, no había nada mejor", dijo.
Este hecho fue también el que le inspiró a la hora de elegir su primera canción, Proud de Heather Small, que le acompañó en la fase de preparación de los Juegos Olímpicos. Todavía se le ponía la piel de gallina.
Desert Island Discs se emite en la BBC Radio 4 el domingo a las 11:15 BST.
