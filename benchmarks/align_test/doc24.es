Más de 20 millones de personas vieron la comparecencia de Brett Kavanaugh
Más de 20 millones de personas siguieron los desgarradores testimonios que Brett Kavanaugh, candidato al Tribunal Supremo, y Christine Blasey Ford, la mujer que lo acusó de una agresión sexual supuestamente sucedida en los años 80, dieron el jueves en seis cadenas de televisión.
Mientras tanto, la política continuaba en punto muerto y los medios de comunicación interrumpían su programación habitual para retransmitir las últimas novedades del viernes: un acuerdo diseñado por el senador de Arizona, Jeff Blake, para que el FBI lleve a cabo una investigación de las acusaciones durante una semana.
Ford informó a la Comisión Judicial del Senado de que tiene la absoluta certeza de que Kavanaugh la toqueteó en estado de embriaguez y de que intentó sacarle la ropa en una fiesta de instituto.
Durante su apasionado testimonio, Kavanaugh dijo que estaba totalmente seguro de que eso no había sucedido.
Es probable que más de los 20,4 millones de personas que comentaba Nielsen el viernes lo hayan visto.
La empresa contabilizó la audiencia media en CBS, ABC, NBC, CNN, Fox News Channel y MSNBC.
Las cifras no estuvieron disponibles de inmediato para otros canales que lo retransmitieron, como PBS, C-SPAN y Fox Business Network.
Además, Nielsen suele tener algunos problemas para calcular cuántas personas ven algo en la oficina.
Para ponerlo en perspectiva, es una audiencia parecida a la de un partido de fútbol americano de los playoffs o de los premios Óscar.
Fox News Channel, cuyos tertulianos han apoyado enérgicamente la designación de Kavanaugh, fuel el canal líder, con una media de 5,69 millones de espectadores durante una comparecencia que duró todo el día, señaló Nielsen.
ABC ocupó el segundo lugar, con 3,26 millones de espectadores.
La CBS tuvo 3,1 millones, la NBC tuvo 2,94 millones, MSNBC tuvo 2,89 millones y la CNN tuvo 2,52 millones, comentó Nielsen.
Después de la comparecencia, se seguía mostrando un gran interés.
Flake fue el personaje central del drama del viernes.
Después de que la oficina del republicano moderado emitiese un comunicado informando de que votaría a favor de Kavanaugh, el viernes por la mañana las cámaras de la CNN y la CBS captaron cómo unos manifestantes le gritaban cuando intentaba subirse a un ascensor para asistir a una comparecencia ante la Comisión Judicial.
Mientras recibía estos reproches, retransmitidos en directo por la CNN, se mostró abatido.
“Mirándome a la cara”, dijo una mujer.
“¿Crees que está contando la verdad al país?”
Y prosiguió: “tú tienes poder cuando hay muchísimas mujeres que no lo tienen”.
Flake dijo que su oficina había emitido un comunicado y, antes de que las puertas del ascensor se cerrasen, que contaría más cosas en su comparecencia ante la Comisión.
Las cadenas de televisión por cable y radiodifusión lo emitían todo en directo horas más tarde, cuando la Comisión Judicial tenía que votar para proponer la candidatura de Kavanaugh al Senado para que la votasen.
Sin embargo, Flake dijo que él solo lo haría si el FBI investigaba las acusaciones hechas contra el candidato durante la siguiente semana, lo cual habían estado pidiendo algunos demócratas.
Flake estaba convencido, en parte por las conversaciones que había tenido con su amigo, el senador demócrata Chris Coons. Después de una conversación con Coons y varios senadores posteriormente, Flake tomó su decisión. La decisión de Flake era fundamental, ya que resultaba claro que los republicanos no tendrían los votos suficientes para aprobar a Kavanaugh sin esa investigación. El presidente Trump ha abierto una investigación del FBI con relación a las alegaciones contra Kavanaugh. La primera ministra británica May acusa a los críticos de “hacer política” con el Brexit
La primera ministra Theresa May acusó a los críticos con su plan para salir de la Unión Europea de “hacer política” con el futuro de Gran Bretaña y de socavar el interés nacional en una entrevista con el periódico Sunday Times.
La primera ministra británica, Theresa May, llega Congreso del Partido Conservador que se celebrará en Birmingham (Gran Bretaña) el 29 de septiembre de 2018.
En otra entrevista publicada junto a la suya en la portada del periódico, su antiguo ministro de Exteriores, Boris Johnson, insistía en su ataque al supuesto plan de Chequers para el brexit, afirmando que una propuesta para que Gran Bretaña y la UE cobrasen los aranceles del otro era “totalmente absurda”.
