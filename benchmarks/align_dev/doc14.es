Gadomski se convirtió en un promotor de la cosmonáutica, era conocido en todo el mundo y su contribución a la ciencia se vio recompensada cuando se puso su nombre a uno de los cráteres de la cara oculta de la luna.
Ya en el año 1925 se construyó en Polonia una dresina que iba a ser provista de un motor de cohetes.
Lamentablemente, se desconoce quién fue el autor de la propuesta y tampoco se conocen los destalles del proyecto.
No está claro si el cohete iba a ser utilizado para el arranque de la dresina o para su frenado.
La información sobre esta dresina se limita a la recogida en la prensa de la época.
A partir del año 1933 la artillería polaca empezó a dedicarse a los misiles.
La investigación fue financiada por la Komórka Techniki Uzbrojenia en colaboración con el prof. Mieczyslawem Wolfkem y prof. Gustawem Mokrzyckiegim.
A partir del material conservado, se hace evidente que la investigación llegó al estadio de las pruebas prácticas.
No obstante, con la llegada de las tropas alemanas, se interrumpió la investigación.
En el año 1937 apareció en la prensa especializada el prototipo de un misil de caza fotoeléctrico diseñado por el ingeniero Rohoziński y el año siguiente fue publicado el estudio "Rakieta - torpeda powietrzna i rakietobomba lotnicza", del autor Leliwa-Krzywoblocki.
Ambos proyectos estaban destinados al uso militar de los motores para misiles.
Poco antes de la guerra, el Comité asesor científico provisional (Tymczasowy Komitet Doradczo-Naukowy) se encargaba de todos los proyectos de técnicas de misiles para uso militar y coordinaba todos los trabajos.
El comité fue fundado en 1937, pero después de dos años de actividad, se vio interrumpido por el inicio de la guerra.
Otros estudios dedicados a la cosmonáutica aparecieron en la prensa polaca después de la guerra gracias al trabajo de la Sociedad Polaca de Astronáutica (Polskie Towarzystwo Astronautyczne).
En la edición de noviembre de 1954 de la revista Problemy se hace referencia por primera vez a la sociedad con cuatro artículos muy extensos dedicados a la astronáutica.
En uno de ellos, del prof. M. Subotowicze, se proponía la creación de una sociedad que se dedicaría a la cosmonáutica.
En esa época ya se habían puesto en marcha proyectos de satélites artificiales y era obvio que la investigación cósmica era una disciplina con perspectivas de futuro.
Desde principios de 1956 la Sociedad Polaca de Astronáutica (PTA) aspiraba a formar parte de la Federación Internacional de Astronáutica (fundada en 1951) y en otoño de ese mismo año la PTA se convirtió en miembro pleno.
El año siguiente el primer presidente de la PTA, Kazimierz Zarankiewicz (1902 - 1959), pasó a ser el vicepresidente de la Federación Internacional de Astronáutica.
Desempeñó este cargo hasta su muerte en 1959.
A partir del 1956, la PTA participó de manera significativa en el desarrollo del cohete sonda RM (Rakieta Meteorologiczna), que fue un éxito y se convirtió en el primer cohete polaco en el que se llevó a cabo investigación científica.
El primer tipo RM-1 fue finalizado en 1957 y se lanzó por primera vez el 10 de octubre de 1958.
El cohete tenía un apogeo de 1.800 metros, unos 80 cm de longitud y no llegaba a los 5 kg de peso.
Más tarde, se terminó de construir la versión RM-1A y en verano de 1959 se iniciaron las pruebas aéreas de los cohetes RM-2 de dos etapas en el desierto de Błędów.
El cohete medía 1,4 metros y pesaba unos 11,5 kg.
Otro tipo de cohete en desarrollo iba a ser objeto de estudio científico real. El cohete RM-34 iba a tener un apogeo de 14,5 km y su misión sería controlar el viento de altura.
Sin embargo, en 1962 se suspendieron los trabajos.
El sucesor de los primeros cohetes del tipo RM fue el cohete Meteor-1, que se construyó durante los años 1962 y 1965.
Se diseñó como cohete de dos etapas, con una longitud total de 510 cm y un peso inicial de 32,5 kg.
Se desarrollaron tres tipos (llamados Meteor-1A, -1B y -1C), que se diferenciaban entre sí por el espacio disponible para los aparatos científicos.
En el cohete Meteor-1A el espacio disponible para el volumen era de 0,4 litros, en el Meteor-1B de 0,34 litros y en el Meteor-1C de 0,62 litros.
El apogeo máximo en los tres tipos era de 37 km.
Entre los años 1965 y 1968 se desarrolló en el Instituto Aéreo el cohete Meteor-2, cuyas primeras pruebas aéreas se iniciaron en octubre de 1970.
Posteriormente se construyó la versión Meteor-2H y Meteor-3.
En el marco del programa Interkosmos, Polonia se unió a la investigación del espacio cósmico sobre satélites artificiales soviéticos y, en el año 1978, el piloto polaco Miroslaw Hermaszewski se convirtió en el segundo intercosmonauta después de Vladimír Remek.
La suspensión de la ley sobre trabajos sociales no es la solución.
La resolución despertó una acalorada discusión en la sociedad.
Desde luego será interesante examinar la problemática existente desde un punto de vista más amplio.
Los sistemas económicos liberales en la UE, igual que en el mundo globalizado, se basan en el principio de una mayor competencia económica y menos normativa.
La causa se halla en el principio del libre comercio y del movimiento libre e ilimitado de capital privado, junto con la especulación financiera desenfrenada.
El efecto de las grandes diferencias en el coste laboral (de los salarios) produce tensiones económicas.
Bajo este concepto es necesario entender la situación en la que el fabricante, con la importación de mercancías baratas, intenta acortar distancias y para ello "provoca una bajadda" del precio del competidor con el objetivo de hacerse con la mayor parte del mercado y, de este modo, aumentar su margen de beneficios.
A gran escala significa, para la mayoría de los empresarios, trasladar la producción al extranjero, comprar allí más barato o bien desaparecer. El resultado es un desempleo elevado en aquellos países en los que el precio del trabajo, en comparación con otras economías, es más alto.
Debido a que el capital privado no tiene responsabilidad social alguna y, con ello, tampoco es responsable del desempleo que este fenómeno genera, crece necesariamente el gasto social del estado.
Toda esta situación propicia el total desinterés de los empresarios por pagar impuestos y compensar los daños económicos y sociales que han provocado en su afán de obtener beneficios.
La situación es universalmente tan conocida que no es necesario presentar datos estadísticos concretos.
Las prácticas poco escrupulosas del capital privado crean situaciones, en determinadas economías, en las que los gobiernos de dichos países se ven obligados a competir con el objetivo de reducir artificialmente el nivel social de la propia población y, de este modo, atraer capital extranjero al país.
Dicho de otra manera, los gobiernos ponen capital privado a disposición de su propia población sin tener en cuenta el declive social.
Esto se hace patente sobre todo en los cambios de las leyes vigentes.
El objetivo es obligar a la población a que acepte el dictado del capital privado, sobre todo en lo que respecta a los salarios.
El resultado es una pobreza creciente junto con el aumento de las diferencias entre pobres y ricos.
Desde hace una serie de años, existen en Alemania puntos de entrega de alimentos para personas pobres que no pueden mantenerse con su propio trabajo.
El número de personas que reciben este tipo de ayuda llega ya al millón.
En el marco del incremento de la competitividad de la economía alemana, se produce un caso bastante frecuente: personas empleadas con un salario tan bajo que el estado debe pagar el resto para llegar al mínimo imprescindible para sobrevivir.
Se hizo público un escándalo de este tipo relacionado con la situación de los empleados auxiliares del parlamento federal alemán.
Las medidas de ahorro de prácticamente todos los estados del sur de la UE conducen, sin lugar a dudas, a la misma situación. Las personas, presionadas por un declive abismal de su nivel social, se ven obligadas a emigrar como en el siglo XIX o a malvivir con un salario pésimo en el límite de la sociedad, con la esperanza de que algún día llegue al país capital inversor privado.
¿Es necesario preguntrarse de dónde viene?
En el caso de que se trate de otros países de la UE, entonces la pobreza pasa de un país a otro o no llega nunca, puesto que chinos, indios, brasileños, turcos, marroquíes, egipcios o africanos siguen trabajando por una ínfima parte de un salario europeo.
Esto también afecta a toda América Latina.
Las teorías liberales y los medios de comunicación afirman hasta la saciedad que el estado no debería aportar capital a la economía, que dirigir la economía conduce a su fracaso.
El capital privado defiende con uñas y dientes la tesis de que el estado no debería intervenir en la economía entrometiéndose en el control.
A continuación, es necesario preguntarse si el capital privado no influye con su egoísmo en la marcha política y, por ende, en todo el estado.
En este caso la respuesta es claramente afirmativa.
