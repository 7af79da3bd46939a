LeBron debuta con los Lakers el domingo en San Diego
La espera de los fans que esperan ver a LeBron James debutar en su primer partido con Los Angeles Lakers está a punto de acabar.
Luke Walton, entrenador de los Lakers, ha anunciado que James jugará el partido de apertura de la pretemporada que se celebrará el domingo contra los Denver Nuggets en San Diego.
Sin embargo, aún queda por determinar cuántos minutos va a jugar.
“Será más de uno y menos de 48”, comentó Walton en el sitio web oficial de los Lakers.
El reportero de los Lakers, Mike Trudell, publicó en un tuit que era probable que James jugase unos minutos limitados.
Después de una sesión de entrenamiento a principios de esta semana, James fue preguntado por sus planes para el programa de pretemporada de seis partidos de los Lakers.
“En esta etapa de mi carrera no necesito partidos de pretemporada para prepararme”, declaró.
Hora del mitin de Trump en West Virginia, canal de YouTube
El presidente Donald Trump inicia una serie de mítines de campaña esta noche en Wheeling, West Virginia.
Es el primero de los cinco mítines programados de Trump para la próxima semana, incluidas paradas en lugares con partidarios, como Tennessee y Mississippi.
Con el voto de confirmación de su candidato para cubrir la vacante del Tribunal Supremo en espera, Trump pretende obtener apoyo para las próximas elecciones de mitad de período, ya que los republicanos corren el riesgo de perder el control del Congreso cuando se depositen los votos en noviembre.
¿A qué hora es el mitin de Trump en West Virginia esta noche y cómo se puede ver online?
El mitin de Trump en Wheeling, West Virginia, está programado para las 19:00 esta noche, sábado 29 de septiembre de 2018.
Puede verlo online a través de una retransmisión en directo en YouTube.
Es probable que Trump comente las comparecencias de esta semana del candidato al Tribunal Supremo, Brett Kavanaugh, que se tensaron a causa de las acusaciones de conducta sexual inapropiada y han dejado en espera un anticipado voto de confirmación del Senado durante, como mucho, una semana mientras el FBI las investiga.
Sin embargo, el objetivo principal de esta serie de mítines es ayudar a los republicanos que hacen frente a las elecciones de noviembre a tomar impulso.
Así, la campaña del presidente Trump señaló que los cinco mítines de la próxima semana pretenden “animar a voluntarios y partidarios mientras los republicanos intentan proteger y ampliar las mayorías que conservan en el Senado y en la Cámara de Representantes”, según Reuters.
“El control del Congreso es tan crucial para su agenda que el presidente viajará a tantos estados como sea posible mientras entramos en campaña”, dijo a Reuters un portavoz de campaña de Trump que no quiso dar su nombre.
Programado en el estadio Wesbanco Arena de Wheeling el mitin de esta noche podría atraer a simpatizantes de “Ohio y Pensilvania, así como tener cobertura en los medios de comunicación de Pittsburgh”, tal como informó el West Virginia Metro News.
El sábado será la segunda vez en un mes que Trump visite West Virginia, el estado en el que ganó por más de 40 puntos porcentuales en 2016.
Trump está intentando ayudar a Patrick Morrisey, candidato republicano al Senado de West Virginia, que está quedando rezagado en las encuestas.
“Para Morrisey no es buena señal que el presidente tenga que venir a darle un empujó en las encuestas”, comentó Simon Haeder, politólogo de la Universidad de West Virginia, según Reuters.
Ryder Cup 2018: el equipo de EE. UU. demuestra que se atreve a luchar para mantener viva la esperanza de cara a los partidos individuales del domingo.
Después de tres sesiones individuales, puede que los foursomes del sábado por la tarde sean lo que esta Ryder Cup necesitaba.
El péndulo oscilante de impulso es un concepto deportivo completamente inventado, pero los jugadores creen de verdad en él, más aún en competiciones como estas.
Entonces, ¿dónde dirían que está el impulso ahora?
“Nos llevaban seis puntos de ventaja y ahora nos llevan cuatro, así que supongo que eso se pueden considerar un pequeño impulso”, comentó Jordan Spieth al acabar la jornada.
Europa tiene ventaja, por supuesto: cuatro puntos por delante con doce más en juego.
Tal como señala Spieth, los estadounidenses sienten que tienen algo de viento a favor y motivos de sobra para estar animados, entre otras razones por la pareja formada por Spieth y Justin Thomas, que jugaron juntos todo el día y consiguieron tres puntos de cuatro cada uno.
Spieth ha sido letal del tee al green y predica con el ejemplo.
Los gritos guturales de celebración subieron de volumen a medida que su ronda avanzaba, introduciendo un putt vital para empatar el cuarto partido cuando él y Thomas iban dos abajo tras dos hoyos.
El putt que les dio el partido en el 15 fue recibido con un grito similar, de esos que transmiten que cree que el equipo estadounidense aún no ha quedado fuera.
“Lo que hay que hacer redoblar los esfuerzos y concentrarse en el partido”, comentó Spieth.
Eso es lo que han hecho estos jugadores.
18 hoyos para dejar huella.
Los únicos jugadores con más puntos que Spieth y Thomas en los últimos dos días son Francesco Molinari y Tommy Fleetwood, la historia indiscutible de la Ryder Cup.
La extraña y adorable pareja de Europa lleva cuatro de cuatro y nada les puede salir mal.
“Moliwood” fue la única pareja que no hizo un bogey el sábado por la tarde, pero también evitaron los bogeys el sábado por la mañana, el viernes por la tarde y en los últimos nueve hoyos del viernes por la mañana.
Esa racha y la forma en que fluye su energía con el bullicioso público dejan claro que estos son los jugadores a los que hay que vencer el domingo, y que no habrá otros jugadores tan populares como Fleetwood y Molinari para sellar una posible victoria europea cuando el sol se ponga en Le Golf National.
Preferiblemente, los dos al mismo tiempo en hoyos diferentes.
Aun así, sigue siendo prematuro hablar de la gloria europea.
Bubba Watson y Webb Simpson despacharon a Sergio García, el héroe del cuatro bolas de la mañana, tras formar pareja con Alex Noren.
Un bogey y dos dobles en los nueve primeros hoyos enterraron al español y al sueco en un agujero del que no consiguieron salir.
Pero el domingo no habrá ningún tipo de ayuda para salir de los agujeros.
Los fourballs y foursomes son fascinantes para verlos de cerca porque se aprecian las interacciones entre las parejas, los consejos que dan y los que no dan, y la forma en que una estrategia puede cambiar en un instante.
Hasta ahora, Europa ha jugado mejor como equipo y lleva una gran ventaja de cara al último día, pero esta sesión de foursomes también demostró que el equipo de EE. UU. se atreve a luchar, algo que algunos, especialmente los estadounidenses, dudaban.
