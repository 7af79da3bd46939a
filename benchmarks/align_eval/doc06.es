Allí no hay guías turísticos ni tiendas de suvenires.
La entrada es libre, y categóricamente no se aceptan donaciones.
El quinto, el Museo del Holocausto o Yad Vashem en Tel Aviv, muestra una de las páginas más dramáticas de la historia.
La sección más trágica es el Memorial de los niños, construido en memoria de los 1,5 millones de niños asesinados en los campos de concentración y las cámaras de gas.
Entras en él y te encuentras en absoluta oscuridad.
Las estrellas brillan.
Y suenan los nombres de los niños judíos y los nombres de los países en los que perdieron la vida.
Ucrania se menciona también.
Salud
Las tres principales zonas turísticas de Israel se encuentran a orillas del mar Mediterráneo, el mar Rojo y el mar Muerto.
En cada uno de ellos hay piscinas, parques acuáticos, delfinarios y museos oceanográficos.
Es curioso que en el mar Rojo se bañen incluso en los meses de invierno, ya que la temperatura del agua no baja de los 21 grados y el aire se calienta hasta los 23 grados.
El mar Muerto es aún más cálido y allí se bañan durante todo el año.
Por cierto, este mar, el más extraordinario en el mundo, se encuentra en el punto más bajo del planeta: a 417 m bajo el nivel del mar.
Las aguas azules de allí son una salmuera que fácilmente sostienen hasta a los que no saben nadar.
Los paisajes de los alrededores son verdaderamente hermosos.
La gente llega aquí para pasar cursos de tratamiento con agua salada, salmuera y barros curativos y fortificar su salud en casos de dermatitis, alergias, asma, eczema, artritis, bronquitis, diabetes y para poner en orden sus quebrantados nervios.
Tocando los misterios de la antigüedad
Los conserva la parte antigua de Tel Aviv, la ciudadela de Jaffa, en la costa mediterránea.
Por ella pasaba la famosa ruta marítima que unía Egipto, Siria, Anatolia y Mesopotamia.
La ciudad es mencionada en las antiguas leyendas griegas y egipcias.
Según cuenta la leyenda, fue aquí donde Noé construyó su arca y Perseo rescató a la hermosa Andrómeda con quien, en este mismo lugar, llevó una larga y feliz vida.
A los turistas les encanta pasear por las estrechas calles que llevan los nombres de los signos del Zodiaco.
Dicen que si tocas las paredes en la calle de tu "mismo" símbolo, la fortuna te será favorable.
En Jaffa se puede encontrar parejas de recién casados ​​que vienen de todas partes de Israel, e incluso de otros países para fotografiarse.
Y en Cesarea, la ciudad del rey Herodes, se puede pasear por el teatro romano, "tomar" la fortaleza de los cruzados.
En la época romana, Cesarea era la ciudad principal de Judea y la residencia de los procuradores romanos, incluido Poncio Pilato.
El teatro, cuidadosamente restaurado, se utiliza ahora para conciertos nocturnos y espectáculos de ópera. Turistas recuerden
Si viaja a Israel, no se preocupe si su inglés deja mucho que desear: en este país alrededor del 30% de la población habla ruso.
El dinero para este viaje no es recomendable llevarlo en euros, sino en dólares, que pueden ser fácilmente cambiados a shéquels (actualmente 1-3$,8 shéquels).
El transporte urbano se compone principalmente los autobuses, pero en Jerusalén hay tranvía rápido y en Haifa se encuentra la única línea de metro del país, que consta de seis estaciones y conecta la Ciudad Baja con la Ciudad Alta.
En realidad, es de un funicular subterráneo. Viajar en cualquier tipo de transporte público cuesta 6 shéquels y por este precio se puede viajar haciendo transbordo durante 1,5 horas. En Israel, según la tradición judía, los sábados se celebra el Sabbat.
Desde la noche del viernes hasta la puesta del sol del sábado, mercados y tiendas cierran y el transporte público interrumpe su trabajo.
Pero el domingo por la mañana empieza una nueva semana laboral.
En muchos cafés, restaurantes y hoteles sólo se sirve comida kosher, que excluye carne de cerdo, marisco, pescado sin escamas y platos en los que se combinen leche y carne.
Allí se ofrece una amplia selección de platos a base de carne de vaca y cordero, sopas y postres preparados con leche de coco, la tradicional crema hebrea llamada hummus, gran variedad de salsas, el faláfel, que son bolas de garbanzo molido, frutas y verduras. En las calles de las ciudades israelíes no se ven perros callejeros. En cambio, hay muchos gatos bien alimentados que "se pasean a su gusto" de manera imponente.
Por la noche puedes verlos durmiendo incluso sobre los techos de los coches aparcados.
A los ronroneadores les encantan los lugares concurridos y no rechazan las golosinas.
El alquiler de un coche, dependiendo de la marca, costará de 37$ (Hyundai Getz) a 188$ (Audi A6, Volvo S80) al día.
Además del seguro, que sale por 15$ al día.
Y el alquiler de una bicicleta le saldrá por 15 shéquels el día.
Las entradas a los museos cuestan una media de 30 shéquels.
Israel en cifras
En 2012 visitaron Israel más de tres millones de turistas de todo el mundo.
La mayoría de los que llegaban a recorrer el país y descansar eran ciudadanos de EE.UU., Rusia, Francia, Alemania, Italia, Reino Unido y Ucrania.
La Tierra Prometida, de enero a octubre 2012, fue visitada por 118,8 mil turistas ucranianos, cantidad que supera en un 51% al mismo índice del año 2010, antes de la cancelación del régimen de visados ​​el 9 de febrero de 2011.
"La grande y poderosa" te llevará hasta Moscú: inmigrantes ahorran para la lengua
Mientras diputados y defensores de los derechos humanos discuten sobre las consecuencias que traería la ley sobre el examen obligatorio, ya han aparecido en el país timadores que comercian con certificados "falsos"
Cada año, 13 millones de trabajadores inmigrantes llegan a Moscú, San Petersburgo y otras ciudades de Rusia.
En su mayoría son ciudadanos de países de Asia central: Uzbekistán, Tayikistán y Turkmenistán.
Su único objetivo es ganar dinero para ayudar a sus familias que se han quedado en casa.
