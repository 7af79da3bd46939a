En la última temporada no llegamos lejos.
En mayo nos llevamos una decepción, ya que contábamos con las condiciones óptimas para terminar primeros.
Tuvimos una temporada fuerte.
Terminamos con 79 puntos.
Normalmente, con 79 puntos deberíamos haber sido campeones...
Pero otro equipo, el Montpellier, tuvo una temporada bastante mejor.
Este año creo que será el bueno.
Incluso si los grandes equipos como el Marsella, el Lyon y el Burdeos luchan por el título, creo que contamos con las armas para llevárnoslo.
¿Cree que los medios esperan más del PSG?
Es normal que esperen mucho de nosotros si pensamos en lo que se ha invertido en los jugadores que tenemos.
Lo hemos aceptado totalmente.
Después de que ganáramos 4-0 en casa a Troyes, que aún se encuentren con cosas que reprocharnos es un poco frustrante.
Nos preguntamos qué más espera la gente.
Jamás podremos ganar 4-0 todos los fines de semana.
¡No somos el FC Barcelona!
Tratamos de poner en marcha un proyecto de juego.
Un equipo se construye con tiempo.
En la Liga de campeones hemos demostrado que podemos responder y estar presentes.
¡Miren al Manchester City que, tras dos temporadas, no ha logrado clasificarse para octavos de final, y ellos también han invertido muchísimo!
En vista de las sumas invertidas, os imaginaríamos con 15 puntos de ventaja a la jornada.
Eso sería descuidar a nuestros adversarios y el campeonato de Francia.
Lyon y Marsella, que no estaban bien la temporada anterior, se han visto "impulsados" por este nuevo PSG.
Eso demuestra que la Liga 1 es apasionante.
Espero que en mayo podamos decir con una sonrisa que, a pesar de todas las dificultades, hemos terminado llevándonos el trofeo.
El PSG parece totalmente dependiente de los éxitos de Zlatan Ibrahimovic.
Mejor que digamos que tenemos una "Zlatandependencia".
Eso quiere decir que Ibrahimovic es muy competente y que mete muchos goles.
Ha venido para demostrar que es la estrella de la Liga 1.
Y ha demostrado en todos los equipos por los que ha pasado que es un gran jugador, una estrella mundial.
En el grupo respetamos al hombre y al jugador.
Y él también respeta a los hombres que tiene a su alrededor.
Lo que ha hecho es verdaderamente excepcional.
Eso empuja a los demás a aumentar su nivel de juego.
Thiago Silva, uno de los mejores defensores del mundo, permite también que todos progresemos.
¿Cómo has vivido la Eurocopa 2012 con el equipo de Francia?
Ha sido una decepción.
Estaba muy entusiasmado por participar en esta Eurocopa.
Desgraciadamente, mi lesión me impidió acumular tiempo de juego.
Vi cosas ahí y salí reforzado.
Hoy logro jugar buenos partidos en la selección.
Teniendo en cuenta que la tierra se mueve constantemente en Indonesia, el país sigue estando increíblemente poco preparado cuando la naturaleza desata su ira.
Es lo que esperaba desde mi bautismo con los "bleus".
Aprendimos la lección de lo que pasó en Ucrania y a ello se debe que hoy tengamos un comportamiento ejemplar.
¿Qué visión tienes del primer mes de Didier Deschamps al frente de los "bleus"?
Está obteniendo resultados.
Están bien situados en el grupo de clasificación para el Mundial.
El seleccionador es riguroso, cercano a los jugadores e inspira a ganar.
Como era el caso de Laurent Blanc.
Pero no quiero hacer comparaciones.
Blanc logró su objetivo de clasificarnos para la Eurocopa.
Espero que Didier Deschamps lleve a la selección a Brasil.
¿El empate (1-1) del 16 de octubre en España sirvió para sentar las bases?
Ese juego nos dio confianza.
Cada uno peleó por todos.
Antes de ese shock en España, no había vivido un juego parecido en toda mi carrera.
Con Bitcoin, pagar y vender sin bancos
Todo lo contrario a los intercambios monetarios actuales, basados en los bancos centrales, las transacciones identificadas y las cargas de procesamiento entre las partes.
Además, como a menudo ocurre en las tecnologías, la visión política es palpable: la convicción de que el sistema monetario actual, compuesto de monopolios bancarios, lleva a las crisis financieras.
De hecho, Bitcoin, inventado por Satoshi Nakamoto (un pseudónimo), es a la vez una moneda virtual convertible a dólares, euros, etc. y un protocolo de cambio seguro a la manera de BitTorrent, que permite el intercambio de ficheros de igual a igual.
Se han registrado cerca de 200.000 transacciones gracias a 15.000 ordenadores de la red.
Y cerca de unos mil sitios web aceptan los bitcoins como donaciones o como forma de pago.
La cotización del bitcoin, tras haber llegado a la cima de 30 dólares (23 euros) en junio de 2011, cayó a 2 dólares cinco meses más tarde, antes de volver hoy a rondar los diez dólares (las cotizaciones se censan en la página bitcoincharts.com).
En el mejor de los casos, viajar de una isla de Indonesia a otra supone todo un reto.
No es nada impresionante si lo comparamos con los cambios mundiales en moneda real o en productos financieros.
Sin embargo, el Banco Central Europeo (BCE) se interesó por él en un informe sobre las monedas virtuales publicado en octubre.
En él, se describió el bitcoin como "la moneda virtual con más éxito", "que compite con el dólar o el euro" y "similar a las monedas convencionales".
Bitcoin se diferencia de otros sistemas con tipos de monedas virtuales como los "créditos", utilizados para avanzar en un vídeojuego y que se pueden ganar jugando o se pueden comprar (e incluso en ocasiones canjear).
La red social Facebook desarrolló también este tipo de sistema.
Pero en todo intercambio una autoridad central controla y trata los cambios.
Con el bitcoin, todos los nodos de red son a la vez depositarios de libros de contabilidad, verificadores, emisores de moneda y compradores y vendedores.
¿Cómo funciona esa red?
Cada transacción entre dos usuarios se hace en realidad entre dos direcciones electrónicas en forma de correo electrónico.
Kovacic pasó rápidamente el balón y salió corriendo en el medio campo.
Un usuario puede elegir una dirección diferente para cada pago, garantizando así el anonimato.
