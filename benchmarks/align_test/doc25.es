Asesinato de Wayde: la policía arresta a Dyteon Simpson como sospechoso de la muerte del jugador de LSU
La policía ha arrestado a un sospechoso por la muerte de Wayde Sims.
Un jugador de baloncesto de 20 años de LSU, durante un tiroteo.
Dyteon Simpson, de 20 años, ha sido arrestado y encarcelado por un cargo de homicidio en segundo grado.
Según el Departamento de Policía de Baton Rouge.
Las autoridades hicieron público un vídeo del enfrentamiento entre Sims y Simpson, y la policía señala que Sims perdió sus gafas durante la pelea.
La policía recuperó las gafas en la escena del crimen y dijo que habían encontrado ADN de Simpson en ellas, según informa WAFB, filial de la CBS.
Después de interrogar a Simpson, la policía dice que admitió haber disparado a Wayde.
Se ha establecido una fianza de 350 000 USD, según la defensa.
El Juzgado de Instrucción del distrito de Baton Rouge Este publicó un informe preliminar el viernes en el que indicaba que la causa de la muerte había sido una herida de bala en la nuca que había llegado a la cabeza.
El departamento reconoce los méritos de la unidad de fugitivos de la Policía Estatal de Luisiana, el laboratorio de criminalística de la Policía Estatal, la policía de la Southern University y los ciudadanos por su asistencia en la investigación que condujo al arresto.
Joe Alleva, director deportivo de LSU, agradeció a las fuerzas policiales de la zona su “diligencia y búsqueda de justicia”.
Sims tenía 20 años.
El jugador, que medía más de dos metros, creció en Baton Rouge.
Donde su padre, Wayne, también jugó a baloncesto en LSU.
Había obtenido una media de 5,6 puntos y 2,6 rebotes en una partida de la última temporada.
El viernes por la mañana, Will Wade, entrenador de baloncesto de LSU, declaró que su equipo está “devastado” y “en shock” por la muerte de Wayde.
“Estas son las cosas por las que siempre se preocupa la gente”, comentó Wade.
Un volcán arroja ceniza en Ciudad de México
Ceniza procedente del volcán Popocatepetl ha llegado a los barrios situados al sur de la capital de México.
El Centro Nacional de Prevención de Desastres avisó el sábado a los mexicanos de que se mantuviesen alejados del volcán después de que el cráter mostrase actividad y registrase 183 emisiones de gas y ceniza en 24 horas.
El centro registró varios temblores y sacudidas.
En las redes sociales, las imágenes mostraban capas finas de ceniza recubriendo los parabrisas de los vehículos en barrios de Ciudad de México, como Xochimilco.
Los geofísicos han observado una mayor actividad en el volcán, ubicado a 72 kilómetros al sureste de la capital, desde que un terremoto de magnitud 7,1 golpeó el centro de México en septiembre de 2017.
El volcán, conocido como “Don Goyo” está activo desde 1994.
La policía se enfrenta a separatistas catalanes antes del aniversario del referéndum de independencia
Seis personas fueron arrestadas el sábado en Barcelona después de que manifestantes independentistas se enfrentaran a los antidisturbios mientras miles de personas participaban en manifestaciones opositoras coincidiendo con el primer aniversario del polarizado referéndum de Cataluña sobre la secesión.
Un grupo de separatistas encapuchados a los que los antidisturbios habían cortado el paso les lanzaron huevos y pintura en polvo.
Creando oscuras nubes de polvo en las calles, que normalmente están llenas de turistas.
También se produjeron enfrentamientos en horas posteriores y la policía utilizó porras para contener la pelea.
Durante varias horas, los grupos independentistas, con mensajes como “ni olvido ni perdón”, se enfrentaron a manifestantes unionistas al grito de “Viva España”.
Catorce personas fueron atendidas por lesiones leves sufridas durante las protestas, según medios locales.
Las tensiones siguen siendo altas en esta región un año después de la votación del 1 de octubre, considerada ilegal por Madrid, pero celebrada por catalanes separatistas.
Los votantes eligieron por aplastante mayoría la independencia, aunque la participación fue baja, ya que las persona que estaban en contra de la secesión boicotearon en gran medida el referéndum.
Según las autoridades catalanas, casi 1000 personas resultaron heridas el año pasado después del intento de la policía impedir el voto en mesas electorales en toda la región, donde se produjeron violentos enfrentamientos.
Los grupos a favor de la independencia acamparon el viernes por la noche para evitar una manifestación de apoyo a la Policía Nacional.
La manifestación siguió adelante, pero se vio obligada a tomar una ruta diferente.
Narcis Termes, de 68 años, un electricista que asistía a la protesta separatista con su esposa dijo que ya no tenía esperanzas de que Cataluña se independizara.
“El año pasado vivimos uno de nuestros mejores momentos.
Vi a mis padres llorar de alegría por poder votar, pero ahora estamos atascados”, comentó.
A pesar de lograr una victoria vital, aunque estrecha, en las elecciones regionales del pasado diciembre, los partidos procatalanistas han luchado por retener el impulso este año, ya que muchos de sus líderes más conocidos, ya sea en el exilio autoimpuesto o detenidos, están a la espera de juicio por su papel en la organización del referéndum y la posterior declaración de independencia.
Puig, un mecánico de 42 años, que grabó la protesta en apoyo de la policía en su teléfono, dijo que el conflicto había sido avivado por políticos de ambos lados.
“Se está poniendo cada vez más tenso”, declaró.
El sábado, Oriol Junqueras, uno de los nueve líderes catalanes en prisión preventiva desde finales del año pasado, anunció que participaría en las elecciones al Parlamento Europeo del próximo año.
“Ser candidato a las elecciones europeas es la mejor manera de denunciar la regresión en los valores democráticos y la represión que hemos visto del Gobierno español”, afirmó.
