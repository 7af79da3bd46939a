El Partido Laborista ya abarca una amplia gama de opiniones.
Es intolerante con las personas que dicen lo que piensan
Cuando los activistas de Momentum de mi partido local votaron para censurarme, apenas me sorprendió.
Después de todo, soy el último de una fila de Miembros del Parlamento del Partido Laborista a quien se le dice que no es bienvenido, y solo por decir lo que pensamos.
Mi colega del Parlamento, Joan Ryan, recibió un tratamiento parecido estar categóricamente en contra del antisemitismo.
En mi caso, la moción de censura me criticó por no estar de acuerdo con Jeremy Corbyn.
Estaba en desacuerdo con la importancia de una política económica responsable, en materia de seguridad nacional, sobre Europa. Resulta irónico que eran asuntos en los que Jeremy estaba en desacuerdo con líderes anteriores.
Tal como se manifestó en el aviso de la reunión del Partido Laborista de Nottingham East del viernes, “queremos que las reuniones sean incluyentes y productivas”.
Durante la mayor parte de los ocho años en que he sido Miembro del Parlamento del Partido Laborista local, eso es exactamente lo que han sido las reuniones nocturnas de los viernes del Comité General.
Lamentablemente, este no es el tono actual de muchas reuniones y la promesa de una política “más amable y bondadosa” ya está más que olvidada, si es que realmente se aplicó en algún momento.
Cada vez está más claro que las opiniones discrepantes no se toleran en el Partido Laborista y que cada opinión se juzga en función de si los líderes del partido la consideran aceptable o no.
Esto comenzó poco después de que Jeremy se convirtiese en líder, cuando colegas con los que antes pensaba que compartía una visión política parecida empezaron a esperar que cambiase radicalmente de opinión y que adoptase posturas con las que nunca habría estado de acuerdo, ya sea sobre seguridad nacional o sobre el mercado único de la UE.
Siempre que hablo en público, independientemente de lo que diga, hay una diatriba de insultos en las redes sociales exigiendo mi retirada, denunciando las políticas del centro, diciéndome que no debería estar en el Partido Laborista.
No soy el único que lo ha experimentado.
Efectivamente, sé que soy más afortunado que algunos de mis colegas, ya que los comentarios sobre mí tienden a ser políticos.
Uno de los aspectos más decepcionantes de esta era política es la normalización de los insultos.
La semana pasada, Jeremy Corbyn afirmó que el Partido Laborista debería promover una cultura de tolerancia.
La realidad es que ya no tenemos esa amplia gama de opiniones y, con cada moción “de censura” o cada cambio en las reglas de selección, el partido se vuelve más estrecho.
En los últimos dos años, he recibido muchos consejos que me recomendaban mantener la cabeza baja y no hacerme oír tanto y que así “estaría bien”.
Pero no me he metido en política para hacer eso.
Desde que hace 32 años me uní al Partido Laborista siendo estudiante de secundaria, motivado por la negligencia del gobierno de Thatcher que dejó el aula de mi escuela integral literalmente en ruinas, he intentado apoyar la mejora de los servicios públicos para quienes más los necesitan, ya sea como concejal o como ministro del gobierno.
Es imposible que alguien en Nottingham East desconociese mis posturas políticas ni las áreas en las que no estaba de acuerdo con los líderes actuales.
Lo único que diría a quienes promovieron la moción del viernes es que no entiendo estas ganas de perder tiempo y energía con cuestiones sobre mi fidelidad al líder del Partido Laborista cuando el país va de cabeza a un Brexit que afectará a hogares, empresas y servicios públicos.
El mensaje real no es para Nottingham Momentum, sino para los electores, sean del Partido Laborista o no: Estoy orgulloso de servirles y prometo que ninguna amenaza de retirada ni ningún oportunismo político me impedirán actuar según lo que creo que es mejor para todos ustedes.
Chris Leslie es Miembro del Parlamento por Nottingham East
Ayr 38 - Melrose 17: un Ayr invicto sube a la cima
Dos ensayos al final del partido pueden haber decidido en cierta medida el resultado final, pero, sin duda, Ayr se merecía la victoria en este entretenidísimo partido del día de la Tennent’s Premiership.
Ahora encabezan la tabla y es el único equipo invicto de los diez que participan.
Al final, fue la superioridad de su defensa, así como su capacidad para aprovechar mejor las oportunidades, las que otorgaron la victoria al equipo local, así que el entrenador Peter Murchie tenía todo el derecho a estar contento.
“Nos han puesto a prueba en todos los partidos y seguimos invictos, así que tengo que alegrarme”, declaró.
Robyn Christie, del Melrose, comentó: “El Ayr se merece el reconocimiento, aprovecharon las oportunidades mejor que nosotros”.
El ensayo de Grant Anderson en el minuto 14, convertido por Frazier Climo, situó al Ayr por delante; pero una tarjeta amarilla al capitán escocés Rory Hughes, préstamo de los Warriors para el partido, permitió al Melrose aprovechar esta desventaja del contrincante y Jason Baggot consiguió un ensayo no convertido.
Climo amplió la ventaja del Ayr con un penalti. Antes, justo en el medio tiempo, marcó y convirtió un ensayo en solitario, lo que dejó el marcador en 17-5 a favor del Ayr en el descanso.
Sin embargo, el Melrose empezó bien la segunda parte y el ensayo de Patrick Anderson, convertido por Baggot, redujo esta diferencia a cinco puntos.
Después hubo una larga interrupción por una lesión grave de Ruaridh Knott, al que tuvieron que sacar en camilla, y, al reanudarse el partido, el Ayr se adelantó con un ensayo de Stafford McDowall convertido por Climo.
La tarjeta amarilla a Blair Macpherson, capitán del Ayr, permitió al Melrose volver a aprovechar que tenían un hombre más con un ensayo no convertido de Bruce Colvine, al final de un período de enorme presión.
Sin embargo, los locales se recuperaron y, cuando se mostró la tarjeta amarilla a Struan Hutchinson por placar a Climo sin el balón, desde la línea de penalti, MacPherson hizo un ensayo cuando estaba en la parte de atrás del maul que iba avanzando.
Climo lo convirtió, tal como lo llevaba haciendo casi desde que se reanudó el partido, después de que Kyle Rowe recibiese el balón enviado por David Armstrong de una patada y enviase al ala Gregor Henry al fondo para hacerse con el quinto ensayo de los locales.
