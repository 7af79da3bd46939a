"No existe un verdadero precedente que nos sirva de modelo", afirma.
La ley de Washington, denominada I-502, entra en vigor el 6 de diciembre, lo que deja también un año durante el cual se nadará entre dos aguas, ya que el sistema de licencias en ese estado aún no existirá, pero la posesión será legal.
Además, existen algunas cuestiones mecánicas delicadas que deben resolverse durante ese periodo.
Como el modo de mantener un equilibrio entre la exigencia del estado de ofrecer un "acceso adecuado" a la marihuana autorizada y su prohibición de realizar negocios de cannabis en un radio inferior a 300 metros de escuelas, parques, zonas de juego infantiles o centros infantiles.
"En ningún lugar resultará más difícil ubicar un negocio de cannabis autorizado que en las zonas urbanas, especialmente en el área metropolitana de Seattle", dice Ben Livingston, portavoz del Centro para el cannabis legal, un grupo de investigación creado recientemente.
El 21 de noviembre, Oates, el jefe de policía de Aurora, envió un correo electrónico a sus agentes de policía en el que les informaba de que el fiscal de la ciudad dejaría de interponer acciones judiciales por faltas leves por posesión de marihuana a personas mayores de 21 años y de que la policía dejaría de presentar cargos contra esos delitos "con efecto inmediato".
El jefe de policía Oates dijo que ellos se encargarían de hacer cumplir la normativa de la ciudad que regula el cultivo de marihuana con fines terapéuticos y que seguirían persiguiendo a traficantes y vendedores de droga.
En el condado de Weld, en el norte de Colorado, el fiscal del distrito, Ken Buck, representa una visión más estricta.
Tras la votación, aseguró que su oficina seguiría persiguiendo los casos de posesión de marihuana, principalmente para presionar a los consumidores y que se decidan a recibir tratamiento.
Actualmente, 119 personas se enfrentan a cargos por posesión de 56 gramos o menos de marihuana, aunque muchos de ellos tienen otros cargos.
"Nuestra oficina tiene la obligación de interponer acciones judiciales contra aquellas faltas que en el momento en que se produjeron eran delito", dijo el Sr. Buck en una declaración.
La respuesta ha sido complicada incluso en lugares como el condado rural de Mesa.
Donde los votantes rechazaron la iniciativa sobre la legalización de la marihuana.
La policía de Grand Junction, la mayor ciudad del condado, ya no cita a adultos por posesión de pequeñas cantidades.
Pete Hautzinger, fiscal del distrito del condado, apoyó esta decisión, pero también decidió no desestimar ninguno de los casos pendientes por posesión.
"No considero que esté perdiendo el tiempo al seguir haciendo cumplir la ley hasta que ésta cambie", afirmó.
A pesar de que el 55 por ciento de los votantes apoyó la medida, nunca se consideró que llevar el consumo de marihuana para uso recreativo al seno del gobierno y del sistema judicial fuera a ser fácil.
Las reacciones contradictorias que surgen por todo el estado ponen de manifiesto una marcada ambivalencia entre los funcionarios respecto del gran experimento ecologista en este estado.
"Se trata de una barrera cultural con los fiscales del distrito", afirma Sean McAllister, un abogado de Denver que representa a los acusados por posesión de marihuana y que es portavoz local de la Organización Nacional para la Reforma de la ley sobre la marihuana.
"Han pasado tanto tiempo llevando a gente ante los tribunales que, en realidad, todavía no pueden aceptar que sea legal", afirmó.
Al ser los primeros estados que consideran las cantidades pequeñas de marihuana de la misma manera que si fuera alcohol, Colorado y Washington se preparan para convertirse en los casos de prueba a nivel nacional en cuanto a la legalización de drogas.
Mientras abogados y funcionarios del estado cuentan con una nueva frontera de ventas legales, también esperan ansiosos recibir indicaciones del gobierno federal, que aún prevé la consideración de la venta y el cultivo de marihuana como delitos federales.
Los defensores de la legalización de la marihuana tienen la esperanza de que el Departamento de justicia ceda.
A pesar de que se han producido algunos destacados arrestos de pacientes y vendedores de marihuana para fines terapéuticos, el gobierno federal ha permitido en su mayoría que existan negocios de venta de marihuana con estos fines en Colorado, Washington y 16 estados más.
"Aunque es probable que los agentes antidroga no tiren puertas abajo para confiscar una bolsa de droga pequeña, probablemente se mostrarán reacios a permitir el funcionamiento de tiendas reguladas por el estado para la venta de marihuana para uso recreativo, permitidas en la nueva ley", dijo Kevin A. Sabet, un exasesor de política antidroga de la administración de Obama.
Varias ciudades de Colorado no esperan a que actúen las autoridades federales.
Incluso antes del día de las elecciones, algunos gobiernos locales aprobaron moratorias sobre cualquier tienda nueva de marihuana, a pesar de que pasará alrededor de un año antes de que cualquiera de ellas pueda abrir.
La semana pasada, la ciudad occidental de Montrose adoptó una prohibición de seis meses y es probable que la apruebe la semana que viene.
"No queremos ponernos en una situación en la que autoricemos a alguien y luego tengamos un grave problema a nivel federal", explicó Bob Nicholson, miembro del ayuntamiento.
"Nuestra comunidad votó en contra de esta enmienda.
Estamos estudiando a favor de lo que votó la comunidad frente a votar a favor de lo que votó el estado."
Surgen muchas preguntas al respecto.
Petronella Wyatt: "Me acosaron hasta echarme de Oxford por ser una Tory"
No se ataca a los universitarios por sus puntos de vista solo ahora
No recuerdo ningún momento en mi vida en el que no haya estado soñando en conseguir una plaza en la Universidad de Oxford.
Tanto mi padre como mi hermano mayor habían estado en el que yo suponía era el mejor lugar del mundo para aprender.
Un simposio griego de la era contemporánea que fomentaba los dos pilares de la civilización: el pensamiento libre y la tolerancia.
Sin embargo, a las dos semanas de ocupar mi plaza en el Worcester College a finales de los años 80 para cursar la carrera de Historia, ya había hecho las maletas, lo que desencadenó el primer escándalo de mi vida.
Mi padre se derrumbó y se echó a llorar.
Mis amigos estaban desconcertados.
El periódico The Evening Standard afirmó que yo había abandonado porque no toleraba que algunos compañeros de universidad mantuvieran relaciones sexuales en la habitación de al lado.
El escritor A. N. Wilson anunció bromeando que me había ido porque me obligaban a beber en tazas desconchadas.
La verdad fue menos divertida.
Huí de allí.
Sí, huí, porque había estado sometida a un sistemático acoso e intimidación.
No debido a mi extravagante nombre, ni al hecho de que viniera de una escuela privada.
Me acosaron por una única razón, que en la cuna de la supuesta ilustración resultaba algo intolerante y bárbaro: mi padre, el difunto Woodrow Wyatt, era un destacado asesor de Margaret Thatcher y yo apoyaba al partido conservador.
Quizás se pregunten a qué viene eso ahora.
Bien, varios informes indican que una nueva generación de estudiantes de centro derecha está sufriendo una persecución similar.
El odio institucionalizado y creciente hacia los estudiantes del partido conservador es tal en Oxford que, la semana pasada, un grupo de ellos reclamaron el mismo nivel de igualdad de derechos que tienen los homosexuales, los discapacitados y las minorías étnicas.
Miembros conservadores de la JCR (agrupación de estudiantes de grado) del Corpus Christi College afirman que son "a menudo seriamente apartados, personalmente atacados y tratados como personas no gratas" por sus ideas políticas.
Quieren crear un puesto en el comité de igualdad de oportunidades de su colegio universitario para asegurarse de poder expresar sus opiniones libremente.
Su situación no se vio favorecida por un reciente documental de la BBC2 llamado "Wonderland: Young, Bright and on the Right" (El paraíso: jóvenes, brillantes y de derechas) sobre la política de los estudiantes y que presentaba a los Tories como excéntricos y neonazis.
Mostraba al estudiante de posgrado Joe Cooke, expresidente de la Asociación del partido Conservador de la Universidad de Oxford (OUCA), en un Rolls-Royce, luciendo un traje plateado y un bastón con la empuñadura de plata.
En otras universidades, los estudiantes conservadores dicen que se les trata como "cabezas de turco" por la introducción de tasas de matrícula más elevadas.
Luke Black, de 20 años y vicepresidente de la Asociación del Partido Conservador de la Universidad de Nottingham, declaró en un periódico dominical que "existe una creciente tendencia de izquierdas en las universidades.
La gente asume que somos como el Bullingdon Club sin ni tan siquiera conocernos".
Samuel Roberts, de 21 años y estudiante de historia en Corpus Christi que presentó la moción para una mayor protección, afirma que este ambiente es "incómodo", mientras que Stephanie Cherill, de 19 años y presidenta electa de la OUCA, afirma que la actitud de los miembros de la JCR hacia las personas que son de centro derecha ha empeorado.
"Esto supone una amenaza para el ambiente de debate intelectual, así como para el bienestar de los miembros", afirma.
Durante mis primeras semanas en Oxford estuve más sola que la una.
Entré en la universidad en septiembre de 1986, era una joven de 18 años terriblemente tímida.
El odio hacia el Partido Conservador estaba en su punto más alto.
El año anterior, la universidad había votado denegar a Margaret Thatcher, antigua alumna, un título "honoris causa" tras los recortes en la financiación de la Educación Superior.
El ambiente hubiera hecho estremecer de espanto a cualquier estalinista.
Ya durante los primeros días de la semana de bienvenida a los nuevos universitarios, cuando los nuevos estudiantes se conocen y conocen a los catedráticos, recibí una muestra de la amargura que me esperaba.
Descubrí que los catedráticos no sólo hacían la vista gorda ante la mofa que se hacía de los universitarios conservadores, sino que participaban en ella de buena gana.
La política de la huelga de los mineros, la privatización y la oposición del gobierno a las sanciones contra el apartheid en Sudáfrica llegaron hasta las salas de madera del seminario.
Al primero que asistí se debían traducir al inglés textos franceses del siglo XVIII y yo no estaba preparada para lo que vino a continuación.
"Señorita Wyatt", dijo el catedrático Harry Pitt (ya fallecido), "por favor, traduzca el primer párrafo".
No di ni una.
Pitt, un hombre bajito con una cara que parecía masa de bizcocho, sabía bien cómo expulsar mala bilis.
"¿Es que los thatcheristas se niegan a aprender francés o es que, simplemente, son tontos?", preguntó.
Los otros universitarios se rieron.
Me ardían los ojos de las lágrimas que trataba de contener.
"Le sugiero que vaya a clases de francés en su tiempo libre, siempre y cuando no esté demasiado ocupada conociendo gente", gruñó Pitt.
Regresé a mi habitación como un alma en pena.
Aquella noche me senté sola a la hora de la cena en la universidad; entonces sentí una ligera palmada en la espalda.
Era un estudiante de inglés de segundo año llamado James que se presentó como miembro de la OUCA.
"Sé quien eres", me dijo amablemente.
"Me temo que así es como va la cosa.
Se meten con cualquiera que sea sospechoso de ser Tory.
Para mí es muy complicado, pero saben que tu padre es cercano a Margaret Thatcher, así que para ti será aún peor.
Muchos Tories recién llegados aparentar ser laboristas".
Más adelante, en un pub local, intenté cobardemente disimular.
Insistí en que no estaba de acuerdo con todo lo que decía la Sra. Thatcher.
Ese truco resultó inútil.
Un estudiante de primer año de Filosofía, Políticas y Economía que, paradójicamente, había estudiado en Eton, dijo: "Eres hija de un cerdo fascista.
Estás contaminada".
Otros estudiantes adoptaron esa cancioncilla.
Me convertí en la sucia pervertida.
"¿Cómo tienen relaciones sexuales los Tories?", preguntó uno.
"Se dan una paliza el uno al otro, ¿no?"
Me sentí de la misma manera que deberían haberse sentido los homosexuales antes de la ley liberal de los años 60.
¿Podría algún día llevar una vida normal en Oxford?
¿Me vería obligada a quedar con gente que pensara como yo sólo después del anochecer?
¿Tendría que hacerme laborista y reprimir mis tendencias naturales?
Los tres años que me esperaban se presentaban como un purgatorio de ostracismo y aislamiento.
El único catedrático abiertamente Tory era Norman Stone, Profesor de Historia Contemporánea destinado a mi colegio universitario.
Le odiaban por ser no sólo del partido Conservador.
Sino también asesor de Thatcher en política exterior y una de las personas que le escribían sus discursos.
Apenas estaba por allí.
Detestaba el lugar por que lo consideraba provinciano e insignificante y por su adherencia a la visión marxista-determinista de la historia.
En 1997 aceptó una cátedra en la Universidad de Bilkent, en Ankara, Turquía.
"Aquí no vas a ser feliz", me dijo.
Empecé a desplazarme diariamente de Oxford a casa de mis padres en Londres, encontrando refugio en mis familiares y amigos de mentalidad metropolitana más abierta.
Le dije a mi padre que odiaba Oxford y por qué.
