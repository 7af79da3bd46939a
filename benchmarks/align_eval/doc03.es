Se podría explicar por una toma de conciencia individual, pero también por la nueva dimensión del PSG.
Mira esto: Daniel Sturridge, del Liverpool, iguala el marcador ante el Chelsea
Han llegado grandes jugadores.
Avanzo de día en día a su lado.
El personal técnico también me ha aportado mucho.
Y esos elementos me empujan a diario a elevar el nivel de mi juego.
En un partido, eso es más fácil.
Un tsunami y un terremoto en Indonesia devastan una isla, dejando cientos de fallecidos
Todo va muy rápido en el fútbol.
Pero yo no me acaloro.
Mira esto: Daniel Sturridge, del Liverpool, iguala el marcador ante el Chelsea
Desde mis comienzos en el centro de preformación de INF Clairefontaine hasta mi paso por Saint-Etienne, siempre he avanzado a pasos agigantados.
Va a obtener beneficio de la competencia reclutada por Carlo Ancelotti.
Los reclutados de este verano están acostumbrados a disputar partidos de muy alto nivel.
Saben que cada entrenamiento es crucial.
Eso hace que un jugador como yo tenga ganas de luchar y darlo todo.
Por otra parte, Carlo Ancelotti me aporta mucho en cuanto a mi posicionamiento.
Está respaldado por adjuntos como Claude Makelele, que jugaba en la misma posición que yo.
¿Ancelotti es el hombre que necesitaba el equipo?
Por supuesto.
Ancelotti inspira respeto a todos los técnicos.
Hoy por hoy, no hay nadie igual en la Liga 1 y está entre los mejores entrenadores europeos.
Tiene una gran experiencia y ha ganado numerosos títulos con los mejores clubs.
Ha trabajado con grandes jugadores.
Creo que se llevará otros títulos en París.
En enero tuve una conversación muy reconfortante con él.
Yo acababa de salir de una serie de lesiones.
La confianza que tiene en mí explica también mi buen rendimiento.
¿Qué piensa sobre el PSG en la primera parte de la temporada?
En la Liga 1, Lyon nos ha quitado el puesto de líder.
Pero seguimos en la emboscada.
Uno de nuestros mayores objetivos es la Liga de campeones: nos hemos clasificado para los octavos de final con estilo.
¿Cuál es el objetivo del club en esta competición?
Vamos a tratar de llegar lo más lejos posible.
A partir de ahora, puede pasar cualquier cosa.
Pero tenemos mucho que decir frente a muchos y muy buenos equipos europeos.
Es probable que la aparente falta de sirenas de alerta de tsunamis en Palu, incluso aunque existía una advertencia previa, haya contribuido a la pérdida de vidas.
Queremos, para empezar, acabar los primeros de nuestra liga frente al Oporto para poder recibir la vuelta de octavos de final.
¿El PSG puede convertirse en un gran club europeo a corto plazo?
Ya tiene el presupuesto...
Un barco hospital que se encontraba en Lombok para atender a las víctimas del terremoto se dirige a Palu, pero tardará al menos tres días en llegar al enclave de la nueva catástrofe.
Para convertirse en un gran club europeo, París tiene que ganar títulos y estar ahí a largo plazo.
Hoy por hoy, ese no es el caso.
A nivel económico, el PSG está entregado a sus medios para que ese proyecto se concrete.
No ganar la copa en la Liga 1, como en la última temporada, ¿constituiría un gran fracaso?
Por supuesto, sería una gran decepción.
Este año vamos a invertir todos nuestros esfuerzos en llevarnos ese título de campeones.
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
No obstante, la falta de financiación ha afectado a la administración del señor Joko, que se enfrenta a una reelección el año que viene.
Eso empuja a los demás a aumentar su nivel de juego.
Thiago Silva, uno de los mejores defensores del mundo, permite también que todos progresemos.
¿Cómo has vivido la Eurocopa 2012 con el equipo de Francia?
Ha sido una decepción.
Estaba muy entusiasmado por participar en esta Eurocopa.
Desgraciadamente, mi lesión me impidió acumular tiempo de juego.
Vi cosas ahí y salí reforzado.
Hoy logro jugar buenos partidos en la selección.
Finalmente, el balón pasó por encima de Kepa Arrizabalaga que intentó pararlo con un salto y cayó en la red.
Es lo que esperaba desde mi bautismo con los "bleus".
Aprendimos la lección de lo que pasó en Ucrania y a ello se debe que hoy tengamos un comportamiento ejemplar.
Hazard se sitúo delante de la defensa y remató lanzando el balón a la red del segundo poste con una patada con el pie izquierdo que Alisson Becker, del Liverpool, no pudo parar.
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
El señor Sutopo, portavoz de la agencia nacional de emergencias, explicó que las autoridades estaban evaluando la situación en Palu para ver si se permitía que las organizaciones internacionales prestasen ayuda.
Antes de ese shock en España, no había vivido un juego parecido en toda mi carrera.
Con Bitcoin, pagar y vender sin bancos
Todo lo contrario a los intercambios monetarios actuales, basados en los bancos centrales, las transacciones identificadas y las cargas de procesamiento entre las partes.
Además, como a menudo ocurre en las tecnologías, la visión política es palpable: la convicción de que el sistema monetario actual, compuesto de monopolios bancarios, lleva a las crisis financieras.
De hecho, Bitcoin, inventado por Satoshi Nakamoto (un pseudónimo), es a la vez una moneda virtual convertible a dólares, euros, etc. y un protocolo de cambio seguro a la manera de BitTorrent, que permite el intercambio de ficheros de igual a igual.
Se han registrado cerca de 200.000 transacciones gracias a 15.000 ordenadores de la red.
Y cerca de unos mil sitios web aceptan los bitcoins como donaciones o como forma de pago.
La cotización del bitcoin, tras haber llegado a la cima de 30 dólares (23 euros) en junio de 2011, cayó a 2 dólares cinco meses más tarde, antes de volver hoy a rondar los diez dólares (las cotizaciones se censan en la página bitcoincharts.com).
No es nada impresionante si lo comparamos con los cambios mundiales en moneda real o en productos financieros.
Sin embargo, el Banco Central Europeo (BCE) se interesó por él en un informe sobre las monedas virtuales publicado en octubre.
En él, se describió el bitcoin como "la moneda virtual con más éxito", "que compite con el dólar o el euro" y "similar a las monedas convencionales".
