Ronaldo niega las denuncias de violación al mismo tiempo que sus abogados persiguen a la revista alemana Cristiano Ronaldo ha catalogado a las denuncias de violación como "fake news", y dice que las personas "quieren darse a conocer" a costa de su nombre.
Sus abogados han recibido instrucciones para denunciar al periódico alemán Der Spiegel, que fue donde se publicaron las declaraciones.
Al delantero de Portugal y de la Juventus se le acusa de violar a una mujer estadounidense, llamada Kathryn Mayorga, en un hotel de Las Vegas en 2009.
Se le acusa de haberle pagado 375 000 $ para que ocultara el incidente, según informó Der Spiegel el viernes.
Con un vídeo de Instagram Live que ya ha acumulado 142 millones de seguidores unas horas después de que se publicaran las noticias, Ronaldo, de 33 años, tachó al reportaje como "fake news".
"No, no, no, no , no.
Lo que han dicho hoy es falso", dice el cinco veces ganador del Balón de Oro mirando a la cámara.
"Solo quieren publicidad a costa de mi nombre.
Es la misma historia de siempre.
Quieren hacerse famosas con solo mencionarme, pero es así, no lo puedo evitar.
Soy un hombre feliz y todo está bien", añadió el jugador, sonriendo.
Los abogados de Ronaldo están preparando una demanda a Der Spiegel por las acusaciones que aparecen en lo que han llamado "un reportaje inadmisible de sospechas en el ámbito de la privacidad", según informa Reuters.
El abogado Christian Schertz dijo que el jugador tratará de conseguir una compensación por "daños morales por una cantidad que corresponda a la gravedad de la vulneración, que es probablemente una de las infracciones más graves de sus derechos personales en los últimos años".
Según parece, el supuesto incidente tuvo lugar en junio de 2009 en una suite del Palms Hotel and Casino en Las Vegas.
Después de conocerse en un club nocturno, supuestamente, Ronaldo y Mayorga fueron a la habitación del jugador y allí él, presuntamente, la violó analmente, según los documentos registrados en el Tribunal del Distrito del Condado de Clark en Nevada.
Mayorga declaró que Ronaldo se arrodilló después del supuesto incidente y le dijo que era en un "99 por ciento" un "buen chico" y que le había defraudado ese "uno por ciento" restante.
En los documentos se declara que Ronaldo confirmó que la pareja tuvo sexo, pero que fue consentido.
Mayorga también afirma que fue a la policía y que hicieron fotografías de las heridas en el hospital, pero más tarde acordó llegar a un arreglo extrajudicial porque tuvo "terror a las represalias" y le preocupaba "ser humillada en público".
La mujer, de 34 años, afirma que está tratando de anular el acuerdo, puesto que sigue traumatizada por los hechos.
Cuando se produjo la presunta agresión, Ronaldo estaba a punto de unirse al Real Madrid procedente del Manchester United y este verano ha cambiado a la Juve, un grande del fútbol italiano por un contrato de 100 millones de €.
Brexit: el Reino Unido se arrepentiría siempre de perder fabricantes de automóviles El Reino Unido "se arrepentiría toda la vida" si perdiera su posición como líder mundial en la fabricación de automóviles tras el Brexit, dijo el Secretario de Industria, Greg Clark.
Añadió que resultaba "preocupante" que Toyota UK comunicara a la BBC que, si Gran Bretaña abandonaba la UE sin un acuerdo, se detendría temporalmente la producción en su fábrica de Burnaston, cerca de Derby.
"Necesitamos un acuerdo", dijo el Sr. Clark.
El fabricante japonés afirmó que la repercusión que tendrían los retrasos en las aduanas en el caso de un Brexit sin acuerdo podría ocasionar la pérdida de trabajos.
La planta de Burnaston, que fabrica modelos Auris y Avensis de Toyota, produjo unos 150 000 coches el año pasado, de los cuales se exportó un 90 % al resto de la Unión Europea.
"Mi opinión es que, si Gran Bretaña rompe con la UE a finales de marzo, habrá parones de producción en nuestra fábrica", dijo Marvin Cooke, director general de Toyota en Burnaston.
Otros fabricantes de automóviles del Reino Unido han mostrado sus temores en relación a la salida de la UE sin un acuerdo, sobre todo en relación con el comercio transfronterizo; entre ellos, Honda, BMW y Jaguar Land Rover.
BMW, por ejemplo, dice que cerrará su planta de Mini en Oxford un mes después del Brexit.
Las principales preocupaciones a las que se refieren los fabricantes de automóviles giran en torno a los problemas que podrían surgir en las cadenas de montaje en el caso de un Brexit sin acuerdo.
La línea de producción de Toyota se basa en el modo de producción ajustada («just in time» o en el último momento), donde las piezas llegan cada 37 minutos procedentes de proveedores de Reino Unido y la UE para fabricar coches por encargo.
Si el 29 de marzo el Reino Unido deja la Unión Europea sin un acuerdo, podría producirse una interrupción en la frontera que, según el sector, podría originar retrasos y el desabastecimiento de piezas.
Para Toyota sería imposible alojar la cantidad de material equivalente a más de un día de inventario en su planta de Derbyshire, dijo la empresa y, en tal caso, se detendría la producción.
El Sr. Clark dijo que el plan Chequers de Theresa May, donde se establecen las futuras relaciones con la UE, está "calibrado de forma precisa para evitar esos controles en los pasos fronterizos".
"Necesitamos un acuerdo. Queremos tener el mejor acuerdo que no solo nos permita salir bien del paso en este momento sino que tenemos que aprovechar la oportunidad", dijo en el programa Today de BBC Radio 4.
"Las evidencias de Toyota, entre otros muchos fabricantes, son que tenemos que poder continuar con lo que, hasta ahora, ha sido un conjunto de cadenas de suministro tremendamente exitoso".
Toyota no ha sido capaz de decir durante cuánto tiempo se detendría la producción, pero advirtió de que, a largo plazo, los costes añadidos reducirían la competitividad de la planta y, en última instancia, los costes.
Peter Tsouvallaris, quien ha trabajado en Burnaston durante 24 años y es el encargado del sindicato Unite en la planta, dijo que sus miembros están cada vez más preocupados: "Según mi experiencia, una vez que esos trabajos se pierden, nunca se recuperan".
Un portavoz del gobierno dijo: "Hemos puesto en marcha un plan preciso y convincente en el que se delimitan nuestras futuras relaciones con la UE".
