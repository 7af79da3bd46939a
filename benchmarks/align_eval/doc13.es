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
A partir del 1956, la PTA participó de manera significativa en el desarrollo del cohete sonda RM (Rakieta Meteorologiczna).
Que fue un éxito y se convirtió en el primer cohete polaco en el que se llevó a cabo investigación científica.
El primer tipo RM-1 fue finalizado en 1957 y se lanzó por primera vez el 10 de octubre de 1958.
El cohete tenía un apogeo de 1.800 metros.
Unos 80 cm de longitud y no llegaba a los 5 kg de peso.
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
El cohete Meteor-2 tenía un peso inicial de 380 kg y era capaz de llevar un peso útil de 10 kg hasta 60 km de altura.
Posteriormente se construyó la versión Meteor-2H y Meteor-3.
Es necesario mencionar también la entrada de Polonia en el COSPAR (Committee for Space Research) en el año 1960 y la formación del comité nacional de COSPAR dos años después.
En el marco del programa Interkosmos, Polonia se unió a la investigación del espacio cósmico sobre satélites artificiales soviéticos y, en el año 1978, el piloto polaco Miroslaw Hermaszewski se convirtió en el segundo intercosmonauta después de Vladimír Remek.
La suspensión de la ley sobre trabajos sociales no es la solución.
La semana pasada el juzgado constitucional suspendió la ley traabajos sociales.
La resolución despertó una acalorada discusión en la sociedad.
Desde luego será interesante examinar la problemática existente desde un punto de vista más amplio.
Los sistemas económicos liberales en la UE, igual que en el mundo globalizado, se basan en el principio de una mayor competencia económica y menos normativa.
En consecuencia, esto significa que las diferentes formas económicas y los sistemas económicos nacionales están en conflicto permanente entre sí.
La causa se halla en el principio del libre comercio y del movimiento libre e ilimitado de capital privado, junto con la especulación financiera desenfrenada.
El efecto de las grandes diferencias en el coste laboral (de los salarios) produce tensiones económicas.
Bajo este concepto es necesario entender la situación en la que el fabricante, con la importación de mercancías baratas, intenta acortar distancias y para ello "provoca una bajadda" del precio del competidor con el objetivo de hacerse con la mayor parte del mercado y, de este modo, aumentar su margen de beneficios.
A gran escala significa, para la mayoría de los empresarios, trasladar la producción al extranjero, comprar allí más barato o bien desaparecer. El resultado es un desempleo elevado en aquellos países en los que el precio del trabajo, en comparación con otras economías, es más alto.
Debido a que el capital privado no tiene responsabilidad social alguna y, con ello, tampoco es responsable del desempleo que este fenómeno genera, crece necesariamente el gasto social del estado.
Toda esta situación propicia el total desinterés de los empresarios por pagar impuestos y compensar los daños económicos y sociales que han provocado en su afán de obtener beneficios.
La situación es universalmente tan conocida que no es necesario presentar datos estadísticos concretos.
Las prácticas poco escrupulosas del capital privado crean situaciones, en determinadas economías.
En las que los gobiernos de dichos países se ven obligados a competir con el objetivo de reducir artificialmente el nivel social de la propia población y, de este modo, atraer capital extranjero al país.
Dicho de otra manera, los gobiernos ponen capital privado a disposición de su propia población sin tener en cuenta el declive social.
Esto se hace patente sobre todo en los cambios de las leyes vigentes.
El objetivo es obligar a la población a que acepte el dictado del capital privado, sobre todo en lo que respecta a los salarios.
Esto tiene lugar, por una parte, mediante el sistema de obligación económica en el caso de desempleo de larga duración; por otra, mediante el derecho restringido de los empleados en cuanto a derechos laborales.
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
La prueba es la existencia de lobbies, en la práctica muy poderosos y omnipresentes, en todos los estados.
El resultado es una situación desesperada que se manifiesta en el ámbito de la corrupción, en los favores mutuos, en una legislación que es prácticamente reprobable en todas partes pero no es punible.
En Alemania la situación es la siguiente: los ministerios estatales, a falta de medios financieros, encargan la redacción de proyectos de ley a empresas jurídicas privadas, las cuales están a menudo vinculadas con la industria.
Este tipo de proyectos de ley son aprobados después en el Bundestag, el parlamento alemán.
De este modo, todo el poder no emana del pueblo, tal y como se anuncia en las constituciones de las democracias occidentales.
Sino de los fuertes grupos financieros que representan sus propios intereses.
Es obvio que las democracias con una orientación liberal se encuentren rápidamente en una situación cómo la que describe Appiános en su obra La crisis de la república romana en tiempos de César y Pompeya: "El estado llevaba tiempo desintegrándose y las administraciones se ocupaban a la fuerza".
A cambio de sobornos, favores obtenidos ilegítimamente y ayuda para financiar piedras o espadas.
El soborno y la corrupción se extendieron sin impedimento alguno y la gente acudía a las urnas con el voto apalabrado de antemano"... "no había gente con carácter que aspirara a un puesto en la administración, así que una vez, a causa de esta desorganización, el estado estuvo ocho meses sin cónsules"... "Empezó a hablarse en serio de que el único remedio para una situación tan grave era la autocracia y que era necesario escoger un hombre enérgico"... Aunque Appiános pensaba en Pompeya, César subió al poder y transformó la democracia para siempre en autocracia.
La conclusión, del mismo modo que en la antigüedad, es que la sociedad actual se basa en preferencias desconsideradas del beneficio individual sin tener en cuenta los intereses comunes.
El capital privado no es capaz, en su esencia, de entender y reclamar los beneficios de toda la sociedad.
El resultado es el mismo que el de entonces, una decadencia de la élite sin precedentes, sin que se realice un esfuerzo para reformarlo en profundidad.
