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
Queremos, para empezar, acabar los primeros de nuestra liga frente al Oporto para poder recibir la vuelta de octavos de final.
¿El PSG puede convertirse en un gran club europeo a corto plazo?
Ya tiene el presupuesto...
Para convertirse en un gran club europeo, París tiene que ganar títulos y estar ahí a largo plazo.
El presidente Joko Widodo convirtió la mejora de las desgastadas infraestructuras de Indonesia en el eje central de su campaña electoral, y ha destinado bastante dinero a carreteras y líneas ferroviarias.
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
“Lamentablemente, en muchos casos han dejado muy claro que no solicitan asistencia internacional, lo cual complica un poco las cosas”, explica la señora Sumbung.
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
