Por qué Trump ganará un segundo mandato Según esa lógica, Trump ganaría la reelección en 2020, a menos que, como seguramente esperarán muchos espectadores liberales, una destitución o un escándalo finalicen prematuramente su presidencia.
Esto sería sin lugar a dudas “¡El final más dramático de una presidencia visto jamás!”
De momento no se ven signos de fatiga en los espectadores.
Desde 2014, los índices alcanzados en horario de máxima audiencia se han duplicado hasta 1,05 millones para la CNN y prácticamente se han triplicado hasta 1,6 millones para la MSNBC.
Fox News tiene un promedio de 2,4 millones de espectadores en horario de máxima audiencia, en comparación con los 1,7 millones de hace cuatro años, según Nielsen, y “The Rachel Maddow Show” de MSNBC ha superado los índices de los canales de cable con 3,5 millones de espectadores para los principales programas de noticias nocturnos.
“Es una atracción extraña que aún no logramos comprender”, nos comenta Neal Baer, autor-productor de “Designated Survivor”, una serie dramática de la ABC sobre un secretario del gabinete que se convierte en presidente después de que un ataque destruyera el Capitolio.
Nell Scovell, una veterana escritora de comedias y autora de “Just the Funny Parts: And a Few Hard Truths About Sneaking Into the Hollywood Boys' Club”, tiene otra teoría.
Recuerda un viaje en taxi que hizo en Boston antes de las elecciones de 2016.
El taxista le dijo que votaría a Trump.
¿Por qué? le preguntó.
“Porque me hace reír”, fue la respuesta que recibió Scovell.
El caos siempre está al alza en el mundo del entretenimiento.
Obviamente, y a diferencia de todo lo demás que se ve en televisión, los argumentos que salen de Washington podrían determinar el futuro del Caso Roe contra Wade, la posibilidad de que las familias de inmigrantes puedan reunirse o la salud de la economía global.
Desconectar es un lujo que solo pueden permitirse los espectadores más privilegiados.
Sin embargo, la información sobrepasa los límites cuando te das cuentas de que llevas seis horas viendo un panel de expertos debatiendo el uso de las fuentes de “trasfondo profundo” que utilizó Bob Woodward para su libro “Fear”, la cazadora de cuero de avestruz de 15.000 dólares de Paul Manafort (“una prenda de orgullo desmesurado”, en palabras de The Washington Post) y las implicaciones de las escabrosas descripciones de Stormy Daniels de la anatomía de Trump.
En lo que a mí concierne, jamás volveré a ver a Super Mario de la misma manera.
“Al ofrecer algo nuevo cada noche, es en parte lo que hace que todo parezca un reality show”, afirma Brent Montgomery, director ejecutivo de Wheelhouse Entertainment y creador de “Pawn Stars”, cuando nos habla sobre el reparto alternante del show de Trump y su giros diarios de la trama (ya sea entrando en una lucha contra la NFL o alabando a Kim Jong-un). No te puedes permitir perderte un episodio si no quieres quedarte atrás.
Cuando fui a hablar esta semana con el Sr. Fleiss, hacía un día soleado de 27 grados en la costa norte de Kauai, pero él estaba refugiado dentro de casa viendo MSNBC a la vez que grababa CNN.
No podía despegarse del televisor, no con Brett Kavanaugh listo para enfrentarse a la Comisión Judicial del Senado y con el futuro del Tribunal Supremo colgando de un hilo.
“Recuerdo cuando en aquellos días hacíamos todas esas locuras de programas y la gente nos decía que aquel era el principio del fin de la civilización occidental”, me comenta Fleiss.
“Pensé que era todo una broma, pero al final resultó que tenían razón”.
Amy Chozick, escritora de The Times para temas de negocios, política y medios de comunicación, es autora de las memorias “Chasing Hillary”.
El dinero exterior fluye en las elecciones de mitad de mandato más ajustada de la Cámara de Representantes
No es una sorpresa la afluencia de dinero que está llegando al distrito 17 de Pensilvania, gracias a la reestructuración de un distrito del Congreso con dos candidatos que buscan la reelección para el mismo escaño.
Este distrito residencial de Pittsburg, cuya estructura se rediseño recientemente, tiene al representante demócrata Conor Lamb, que ganó su escaño en otro distrito en una elección especial la pasada primavera.
Lamb se enfrenta a otro candidato para reelección, el republicano Keith Rothfus, que actualmente representa el antiguo distrito 12 de Pensilvania, un distrito que se solapa en gran medida con el nuevo 17.
Los mapas se rediseñaron después de que el Tribunal Supremo de Pensilvania dictaminara en enero que los antiguos distritos se habían manipulado inconstitucionalmente a favor de los republicanos.
La carrera por el nuevo 17 ha desencadenado una contienda de financiamiento para las campañas entre los principales brazos financieros de los partidos, el Comité de Campaña Democrático Nacional (DCCC) y el Comité de Campaña Nacional Republicano (NRCC).
El nombre de Lamb se hizo muy familiar en Pensilvania después de una estrecha victoria en una elección especial celebrada en marzo para el Distrito del Congreso 18 de Pensilvania.
Ese escaño había estado ocupado por un republicano durante más de una década y el presidente Donald Trump ganó el distrito por 20 puntos.
Los expertos políticos han dado a los demócratas una ligera ventaja.
