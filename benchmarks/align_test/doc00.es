Eso o en el segmento en cuestión nos expulsarían del mercado.
Día mundial de la lucha contra el SIDA: bailar, cantar, ayudar
En Heidelberg ensaya el coro Imbongi y en Suazilandia se alegran los huérfanos del SIDA
La historia de un vínculo capaz de que superar mucho más de 8.733 kilómetros de distancia.
Primero se empieza por el baile: botas de cowboy, zapatillas de baloncesto, zapatos de tacón y mocasines buscan el compás sobre el suelo de parquet, y lo encuentran rápidamente.
Un, dos, tres, cuatro.
Solo entonces comienzan a elevarse lentamente las voces de los cantantes (contralto, bajo, tenor y soprano), arremolinándose, entorpeciéndose y siguiéndose unas a otras.
Y Fiete Hopf, el director de 29 años, amenaza con salirse casi de sus casillas al intentar poner orden con su gestos enérgicos y suaves. Es lunes por la tarde y en la sala de música del Instituto de Psicología Médica de Heidelberg el coro Imbongi ensaya una nueva canción. También han llegado los cincuenta cantantes, de entre 23 y 69 años, desde la genetista humana hasta el amo de casa.
"Om'Obani" no es una pieza fácil, cada voz del coro tiene un texto diferente y además en una lengua extranjera apenas conocida: el zulú, un idioma hablado por once millones de personas en Sudáfrica, Botsuana, Lesotho, Malawi, Mozambique y en algunas zonas de Suazilandia.
Ayuda para la autoayuda
Según una estimación de ONUSIDA, el programa de las Naciones Unidas para la lucha contra el SIDA, en todo el mundo existen aproximadamente 34 millones de personas infectadas por el virus del VIH.
23,5 millones de ellas viven en el sur de África.
En Suazilandia hay 245.000 huérfanos del SIDA.
Más del 40% de la población ya es seropositiva.
La asociación Voices for Africa ha encontrado en Alemania padrinos para los 180 huérfanos del SIDA del pueblo de Esitjeni.
Setenta de ellos asisten a la escuela secundaria.
Por 15 o 20 euros al mes se puede apadrinar a un niño.
Esta aportación cubrirá la matrícula de la escuela, el uniforme y le garantizará una comida caliente al día en el Gogo Center.
Imbongi significa en zulú "narrador de historias" o "panegirista".
En esta sala nadie sabe hablar con fluidez esta lengua bantú, pero cantar sí saben.
Desde hace diez años este coro ensaya canciones en esta suave lengua extranjera que en ocasiones logra transportarles a su lugar de origen: el sur de África.
A 8.733 kilómetros de distancia en línea recta desde Heidelberg, en el noreste del reino de Suazilandia, existe un pueblo llamado Esitjeni que depende de las voces de este coro alemán.
El cuarenta por ciento está infectado
Aproximadamente 2.000 personas viven allí, algunas aún en sencillas chozas de barro y paja, una gran parte de ellas son niños.
Más de 300 ya no tienen padres porque han sucumbido al SIDA.
Esitjeni es un pequeño ejemplo de lo que afecta a Suazilandia: la tasa de infección de SIDA más alta y las esperanzas de vida más bajas de todo el mundo, según Unicef.
La población no ve con buenos ojos la circuncisión, una práctica que según se ha demostrado reduce a la mitad el riesgo de contagio.
Más del 40% de los habitantes de Suazilandia son portadores del virus de la inmunodeficiencia, y morir con algo más de treinta años se ha convertido en algo habitual.
Durante un viaje conjunto a África en la primavera de 2005 el coro descubrió esta recóndita población, pero lo que vieron sobre todo fueron muchos niños en las calles que carecían no solo de la protección de sus padres, sino de lo principal: comida, ropa y formación.
Sin título escolar, las posibilidades en un país pobre son más que escasas.
En un principio era únicamente el compromiso particular de unos pocos lo que hacía posible que un niño fuera al colegio y disfrutara de una comida caliente al día. Todo esto por unos pocos euros.
Sin embargo, un año después el coro fundó la asociación "Voices for Africa" que desde entonces se ha ocupado profesionalmente de los huérfanos del SIDA en Esitjeni.
Hechos sobre las infecciones de transmisión sexual ¿Cuáles son las principales enfermedades de transmisión sexual?
Entre las ETS de origen bacteriano están la sífilis, la clamidia y la gonorrea.
Las ETS de origen vírico más habituales son el SIDA, el virus del papiloma humano, el herpes genital o la hepatitis.
Las ladillas y la sarna se encuentran entre las ETS transmitidas por parásitos.
¿Cuáles son los principales grupos de afectados?
La sífilis y la gonorrea se dan con más frecuencia en hombres que mantienen relaciones sexuales con otros hombres.
El Instituto Robert Koch parte de la base de que al menos cuatro de cada cinco casos de sífilis registrados en Alemania tienen su origen en un contacto sexual entre hombres.
En el caso de los adultos heterosexuales las enfermedades de transmisión sexual más habituales son las infecciones por clamidia, tricomonas, el virus del papiloma humano, la candidiasis (hongo) y la gonorrea.
El contagio del VIH entre los adultos heterosexuales del país es relativamente escaso; no obstante, aproximadamente el 20% de las nuevas infecciones por VIH se registran en este grupo.
Entre los jóvenes, las infecciones por clamidia son mucho más habituales que en otros grupos de población.
Según encuestas europeas, tres cuartos de todas las infecciones afectan a jóvenes de entre 15 y 25 años.
En nuestro país, el virus del papiloma humano también se añade a las enfermedades más habituales entre la juventud.
¿Cómo ha evolucionado el número de infecciones?
No todas las enfermedades de transmisión sexual están sujetas a declaración obligatoria.
Según el Instituto Robert Koch, el número de infecciones por sífilis ha doblado su cifra de 1.697 casos en 2001 a 3.698 casos en 2011.
El número de nuevas infecciones por VIH mantiene una tendencia descendente desde 2007.
En 2011 se registraron aproximadamente 2.700 casos.
Se trata de una décima parte menos que en el año anterior.
¿Qué síntomas indican que se trata de una enfermedad venérea?
Las enfermedades infecciosas pueden provocar úlceras en la zona genital, molestias al orinar, flujo, dolor abdominal, así como ampollas o verrugas.
A menudo no causan dolor ni provocan otros síntomas y por eso no se detectan.
¿Cómo se puede uno proteger?
Los preservativos pueden reducir el riesgo de contagio, pero no ofrecen protección al cien por cien.
Algunos agentes patógenos de enfermedades de transmisión sexual también pueden transmitirse a través de infecciones por suciedad y por contacto físico.
Por este motivo, los expertos recomiendan someterse regularmente a exámenes médicos, sobre todo si se cambia con frecuencia de pareja sexual.
Si se diagnostican de forma temprana, la mayoría de las ETS pueden curarse y es posible evitar cualquier consecuencia tardía. A través de colaboraciones, donaciones y, por último pero no por ello menos importante, de los honorarios que cobra el coro por sus actuaciones en toda Alemania, llegan a recaudar bastante dinero.
"En total hemos enviado ya unos 200.000 euros a Esitjeni", señala orgullosa Annette Lennartz, presidenta de la asociación.
En el propio pueblo Zodwa Dlamini una mujer segura de sí misma y con dotes de liderazgo administra el dinero enviado desde Alemania.
Se ocupa de que los huérfanos encuentren un buen alojamiento, por ejemplo con una de las abuelas.
Las "gogos", como se denomina a las mujeres mayores en zulú, son los pilares del pueblo.
Algunas de ellas tienen hasta 14 huérfanos a su cargo, les ofrecen un techo donde vivir y se ocupan de que los niños acudan a la escuela todos los días puntualmente y vestidos con sus uniformes.
Los que no tienen a nadie quedan bajo la protección de Khanyisile, una mujer soltera que, al igual que las dos cocineras que se encargan de cocinar todos los días para más de 200 niños hambrientos, percibe un salario de la asociación. Además, "Voices of Africa" ha puesto en marcha una escuela de costura, ha construido dos gallineros y, en colaboración con la organización sanitaria estadounidense PSI, ha logrado que muchos de los habitantes del pueblo se hayan sometido a una prueba de VIH.
Esto no es algo obvio, puesto que, a pesar de lo patente que está esta enfermedad en todo el país, no se suele hablar abiertamente de ella.
Un rey con 14 esposas
"El SIDA es un tabú absoluto", afirma Annette Lennartz, "porque tiene que ver con la sexualidad". Algo extraño en un país en el que el rey tiene oficialmente 14 esposas.
El último monarca absoluto del África Negra, el rey Mswati III, es conocido por su estilo de vida opulento y repleto de excesos.
Poligamia en lugar de democracia. Esta forma de vida no aceptada oficialmente es en gran parte responsable de la propagación tan rápida que ha experimentado el virus del VIH en las últimas décadas.
Pero también se debe a los innumerables temporeros que recorren el país de un lado a otro y que lo llevan allá donde van.
Según Annette Lennartz, "en cualquier esquina se pueden conseguir preservativos gratis, pero estos apenas se utilizan. Es otra cultura, aquí solo aceptan el contacto piel contra piel".
Para fomentar el intercambio cultural, el coro Imbongi viaja cada dos o tres años por el sur de África cantando canciones que hablan de melancolía, espíritu combativo, esperanza y confianza en la raza negra, canciones que muchos en el extremo más meridional del continente africano aún recuerdan de la época del apartheid.
Un autobús lleno de blancos que cantan canciones en un idioma de negros; tanto reconocimiento no solo trae consigo un excelente ambiente y mucha alegría, sino que también ha logrado arrancarle un par de lágrimas a algún que otro soldado fronterizo rabioso.
El viaje les lleva siempre a Esitjeni, donde los cantantes visitan a los niños apadrinados.
A pesar de que esta pequeña población apenas aparece en los mapas, en el valle del río Ezulweni es muy conocida.
"Acércate a Esitjeni, allí brilla la luz", afirma la gente del lugar.
Y tras recorrer los 8.733 kilómetros en línea recta de vuelta a Heidelberg hasta las salas de ensayo de la calle Bergheimer repletas de cantantes marcando el paso, uno se da cuenta de que también es posible ver brillar su luz desde allí.
Messenger: La NASA descubre hielo en Mercurio
La sonda Messenger ha encontrado pruebas de la existencia de hielo en Mercurio.
Probablemente la capa de hielo tenga un espesor de hasta 20 metros.
La NASA, la agencia espacial norteamericana, ha aportado pruebas de la existencia de hielo en Mercurio. A pesar de tratarse del planeta más cercano al sol, allí también hay agua helada, tal y como se desprende de tres estudios publicados el jueves en la revista especializada "Science".
La sonda Messenger habría encontrado pruebas de que en la zona del planeta que se encuentra permanentemente a la sombra se ha formado una capa de hielo.
