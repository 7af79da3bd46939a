Mickelson, en baja forma, se quedó en el banquillo en la Ryder Cup el sábado
El americano Phil Mickelson establecerá un récord el domingo cuando juegue su 47.º partido de la Ryder Cup, pero tendrá que revertir su forma si quiere evitar que se convierta en un triste hito.
Mickelson, que jugaba en el evento que se celebra cada dos años para conseguir un récord por 12.ª vez, fue desbancado por el capitán Furyk para los fourballs y foursomes del sábado.
En lugar de estar en el centro de la acción, como tantas veces lo ha hecho para Estados Unidos, el cinco veces campeón de torneos majors tuvo que conformarse con animar en unos momentos y, en otros, tratar de perfeccionar su juego en el campo y poder así rectificar lo que le aflige.
En Nezahualcoyotl, conocida también como Ciudad Neza, el contraste con las calles adoquinadas de Valle del Bravo no podría ser mayor.
Nunca el más directo de los drivers, ni siquiera en el momento más alto de su carrera, el jugador de 48 años no está en su mejor forma para el campo Le Golf National, donde el rough largo castiga continuamente con golpes erróneos.
Y, si el campo ya no es lo suficientemente desalentador, Mickelson, en el noveno partido del domingo, se enfrenta al brillante campeón del British Open, Francesco Molinari, quien se ha unido al debutante Tommy Fleetwood para ganar los cuatro partidos que han jugado esta semana.
Si los americanos, que estaban cuatro puntos por debajo al empezar los 12 partidos individuales, arrancaron de una forma impresionante, el partido de Mickelson podría haber sido determinante.
Furyk mostró confianza en su compañero, tampoco pudo decir mucho más.
"Comprendió perfectamente el papel que tenía hoy, me dio una palmada en la espalda y, rodeándome con su brazo, dijo que estaría preparado mañana", dijo Furyk.
"Tiene mucha confianza en sí mismo.
Está en el Salón de la Fama y ha aportado muchísimo a estos equipos antes y esta semana.
"Había signos de que había sido golpeada y el rigor mortis ya había aparecido".
Probablemente no me lo imaginaba jugando dos partidos.
Creía que serían más, pero así es como salió y así es como pensamos que tenía que ser.
Quiere estar ahí, como el resto".
El domingo, Mickelson superará la marca de Nick Faldo de más partidos jugados de la Ryder Cup.
Podría ser el último de toda una trayectoria de Ryder Cups que nunca había igualado de forma tan clara los niveles de su marca individual.
Mickelson tiene 18 ganados, 20 perdidos y 7 iguales, aunque Furyk dijo que su presencia aportó muchos más valores intangibles al equipo.
"Es divertido, sarcástico, ingenioso, le gusta burlarse de los demás; es genial tenerlo en el equipo", explicó.
"Creo que a los jugadores más jóvenes les ha encantado tenerlo como apoyo, también esta semana; fue divertido.
Aporta mucho más que solo juego".
El capitán europeo, Thomas Bjorn, sabe que el liderazgo puede desaparecer muy pronto
Thomas Bjorn, el capitán de Europa, sabe muy bien que, aunque entres con una ventaja sustancial en los últimos días de la Ryder Cup, puede convertirse fácilmente en un torneo incómodo.
El danés hizo su debut en el partido de 1997 en Valderrama, donde un bando capitaneado por Seve Ballesteros mantenía una ventaja de cinco puntos sobre los americanos.
Pero al final solo lograron acabar con los otros pisándoles los talones por un margen mínimo, ganando 14½-13½.
"No paras de recordarte que hicimos un gran torneo en Valderrama; también lo hicimos en Brookline y perdimos, lo hicimos en Valderrama y ganamos, pero por muy poco", dijo Bjorn, retratado, después de ver a la generación de 2018 ganar 5-3 el viernes y ayer liderarlo con un 10-6 en Le Golf National.
La historia nos enseñará a mí y a todo el mundo que ese equipo no está acabado.
Tenéis que darlo todo mañana.
Salid ahí y haced lo que tenéis que hacer.
Esto no acaba hasta que los puntos están en el marcador.
Tenemos un objetivo que cumplir, que es ganar este trofeo, y eso es en lo único que tenemos que pensar. Lo digo todo el tiempo, me centro en los 12 jugadores de nuestro equipo, pero somos muy conscientes de lo que hay en el otro lado donde están, ni más ni menos, que los mejores jugadores del mundo".
Orgulloso de lo que han hecho sus jugadores en un campo de golf muy duro.
Bjorn añadió: "No quisiera adelantarme.
Mañana es un reto diferente.
Lo que prevalece mañana son las actuaciones individuales y esto es diferente.
Es genial compartir lo que pasa con un compañero cuando las cosas van bien, pero cuando estas ahí solo, pones a prueba toda tu capacidad como golfista.
Ese es el mensaje que hay que transmitir a los jugadores, sacar lo mejor de uno mismo mañana.
Ahora toca dejar a un lado a tu compañero, ir y sacar lo mejor de uno mismo".
Frente a Bjorn, su homólogo Jim Furyk tratará de que sus jugadores lo hagan mejor individualmente de lo que lo hicieron como parejas, siendo las excepciones Jordan Spieth y Justin Thomas, que sumaron tres puntos de cuatro.
El mismo Furyk ha estado en ambos extremos en los últimos días de esos grandes torneos y ha formado parte del equipo que ganaba en Brookline y luego acabó perdiendo cuando Europa llevó a cabo el "Milagro de Medinah".
"Recuerdo cada palabra", nos dijo cuando le preguntamos cómo Ben Crenshaw, el capitán en 1999, logró motivar a sus jugadores en el último día.
"Tenemos 12 partidos superimportantes mañana, pero tenemos que arrancar tan bien como lo hicimos en Brookline, como visteis en Medinah.
Cuando todos avanzamos en una dirección, toda la presión recae en esos partidos intermedios.
Definimos nuestra estrategia y los hicimos salir con la sensación de que íbamos a tratar de hacer algo mágico mañana".
A Thomas le asignamos la tarea de tratar de liderar la pelea y enfrentarse a Rory McIlroy en el partido principal, con Paul Casey, Justin Rose, Jon Rahm, Tommy Fleetwood e Ian Poulter, los otros europeos en la segunda mitad de la lista.
