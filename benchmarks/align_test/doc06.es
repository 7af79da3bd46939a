Turistas recuerden Si viaja a Israel, no se preocupe si su inglés deja mucho que desear: en este país alrededor del 30% de la población habla ruso.
El dinero para este viaje no es recomendable llevarlo en euros, sino en dólares, que pueden ser fácilmente cambiados a shéquels (actualmente 1-3$,8 shéquels).
El transporte urbano se compone principalmente los autobuses, pero en Jerusalén hay tranvía rápido y en Haifa se encuentra la única línea de metro del país, que consta de seis estaciones y conecta la Ciudad Baja con la Ciudad Alta.
En realidad, es de un funicular subterráneo.
Viajar en cualquier tipo de transporte público cuesta 6 shéquels y por este precio se puede viajar haciendo transbordo durante 1,5 horas.
En Israel, según la tradición judía, los sábados se celebra el Sabbat.
Desde la noche del viernes hasta la puesta del sol del sábado, mercados y tiendas cierran y el transporte público interrumpe su trabajo.
Pero el domingo por la mañana empieza una nueva semana laboral.
En muchos cafés, restaurantes y hoteles sólo se sirve comida kosher, que excluye carne de cerdo, marisco, pescado sin escamas y platos en los que se combinen leche y carne.
Allí se ofrece una amplia selección de platos a base de carne de vaca y cordero, sopas y postres preparados con leche de coco, la tradicional crema hebrea llamada hummus, gran variedad de salsas, el faláfel, que son bolas de garbanzo molido, frutas y verduras.
En las calles de las ciudades israelíes no se ven perros callejeros.
En cambio, hay muchos gatos bien alimentados que "se pasean a su gusto" de manera imponente.
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
Desde el 1 de diciembre entra en vigor una ley, según la cual cada inmigrante laboral deberá realizar un examen para comprobar sus conocimientos de la lengua rusa.
Por ahora, esta regla es aplicable sólo para aquellos que tengan la intención de trabajar en el sector de prestación de servicios, instituciones de servicios comunitarios, servicios domésticos y comercio al por menor.
Sin embargo, con el tiempo, como prometen en el Servicio Federal de Inmigración, los exámenes se harán obligatorios para todos los inmigrantes.
Además, no será suficiente con rendir el examen de la lengua, si no también el de historia rusa y el de fundamentos de la legislación.
El conocimiento de la lengua se deberá confirmar incluso para recibir y renovar el permiso de trabajo.
Son excepción los ciudadanos de los países donde el ruso es la lengua oficial.
No estarán sujetas a esta ley las personas que lograron obtener sus certificados de educación y diplomas antes de la disolución de la Unión Soviética en 1991.
Utilidad, fatalidad y defensa de los derechos
La red de centros examinadores funcionará auspiciada por el Instituto de Lengua Rusa Pushkin, la Universidad de la Amistad de los Pueblos, la Universidad Estatal de Moscú, la Universidad Estatal de San Petersburgo y otras instituciones de enseñanza superior rusas. Los inmigrantes podrán presentarse a las pruebas en todas las ciudades, ahora mismo en Rusia están abiertos más de 160 centros de este tipo.
La iniciativa sobre la introducción del examen fue apoyada por los diputados de la Duma Estatal y por el Servicio Federal de Inmigración.
Pero los defensores de los derechos, mucho antes de que la ley entrara en vigor, lograron muchas veces hacer esta pregunta a la prensa: ¿Y qué aportará esto en realidad?
¿Qué cambios traerá la obligatoriedad del conocimiento de la lengua, tanto para los rusos como para los propios inmigrantes?
En primer lugar, responden los representantes del Servicio de Inmigración, esto permitirá reducir el número de personas que sufren "esclavitud laboral".
Mucha gente habla hoy sobre la defensa de los derechos de los inmigrantes laborales, explica Víctor Sebelev, jefe de la representación del Servicio Federal de Inmigración de Rusia en Tayikistán.
La defensa de sus derechos debe iniciarse antes de su partida.
Sólo un sistema de selección organizada permitirá resolver el problema de los trabajadores inmigrantes en un 90% de los casos.
Los problemas los tienen los inmigrantes sin profesión, educación, los que no saben la lengua ni pasan el control médico.
Sin la comprensión de la lengua, afirma Sebelev, el futuro inmigrante se verá condenado a encontrar personas sin escrúpulos que, con el pretexto de ayudar, le metan un "viajecito pagado" a una espeluznante y estrecha covacha, donde él y docenas de otros como él se consumen durante meses sin comida ni documentos, trabajando de 12 a 14 horas al día.
Recibimos un sinnúmero de quejas de nuestros inmigrantes.
"En su patria les prometen una cosa, pero al llegar son engañados, se les priva de sus pasaportes, no les pagan los salarios prometidos", confirma el Jefe de la Dirección de inmigración laboral del Servicio de inmigración de Tayikistán, Tolib Sharipov.
¡No se enoje, jefecito!
Sin embargo, mientras tanto muchos ciudadanos de las repúblicas de Asia Central que desean trabajar en Rusia reconocen que no sólo no saben la lengua del país al que pretenden ir, sino que además en su lengua propia escriben con dificultad. Por supuesto, esto no es tanto su culpa sino su propia desgracia: son pocos los turkmenos, uzbecos, tayikos que puedan darse el lujo de recibir educación primaria normal. Esto se debe a que sus familias incluso no tienen nada que dar de comer a los niños, por no hablar ya de vestirlos, calzarlos y comprarles lo necesario para la escuela.
Al llegar a la adolescencia, estos chicos se aventuran a trabajar a la primera oportunidad.
Es difícil, si no se sabe la lengua, reconocen ellos.
"Uno se siente humillado e inferior".
Sin embargo, en lo que se refiere a la ley sobre la lengua, los defensores de los derechos señalan un punto importante.
Los exámenes se llevarán a cabo sólo para aquellos inmigrantes cuyo estatus sea legal.
Si no tienen ese estatus, no habrá ni examen y, en consecuencia, ningún trabajo oficial.
Mientras tanto, la mayoría de los trabajadores inmigrantes siguen viviendo en Rusia ilegalmente.
"Bienvenidos o prohibido el paso a extraños"
Muchos visitantes afirman que recibir el estatus oficial en nuestro país no es tan fácil.
La causa está en los obstáculos burocráticos y en las dificultades de la lengua en sí. Además, la legalización cuesta dinero: de doce mil a dieciséis mil rublos.
Sin embargo, una inscripción falsa se puede hacer rápidamente y por sólo mil quinientos rublos.
Los empleados de la policía rusa saben que generalmente llevamos documentos falsos, no estamos inscritos y aparecen los casos de extorsión.
"Nos piden cien o doscientos rublos para cigarrillos o té", comentó a los periodistas el ciudadano de Tayikistán, Umed Hushkadamov.
"Vamos, no seas tacaño, compra una pintura"
El primer día de la entrada en vigor de la ley sobre la lengua, se puso de manifiesto que no sólo los documentos de registro de inmigrantes pueden ser falsos.
Varios certificados "falsos" de conocimiento de la lengua ya han sido incautados por funcionarios del Servicio Federal de Inmigración.
Los documentos falsificados habían sido impresos en impresoras estándar de color.
Por supuesto, llegaron a las manos de los nuevos propietarios no como regalo: cada inmigrante, queriéndose facilitar la tarea de pasar las pruebas, pagó por el documento siete mil rublos.
Esto es dos veces y medio más caro que el procedimiento oficial de examen, que costará al trabajador inmigrante tres mil rublos.
La principal tarea para un futuro próximo es proteger el sistema contra la corrupción para que los "diplomas" no se puedan comprar, convergen los funcionarios del gobierno y los defensores de los derechos.
Hasta el momento, las autoridades pueden prometer a los trabajadores inmigrantes que no hubieran podido pasar con éxito el examen la primera vez más tiempo para estudiar el curso básico de la lengua.
Además, a los inmigrantes que no hablen ruso se les ofrecerán trabajos que no requieren comunicación activa con las personas.
El Ministerio del Interior no toma medidas drásticas contra el comercio ilegal de armas
El porcentaje de delitos cometidos con armas registradas es bastante reducido
El Ministerio del Interior propone aplicar la ley con mayor rigidez en relación a los propietarios de armas de uso civil.
Esta es la reacción del gobierno ante los recientes incidentes: Apretar disparos durante celebraciones de bodas en las que por suerte no hubo víctimas, y la masacre iniciada por el abogado moscovita Dimitri Vinográdov, en la que Apretar siete personas perdieron la vida.
La policía quiere prohibir el uso y la posesión de armas traumáticas en lugares públicos y elevar la edad mínima para la obtención de licencia para portar armas, de 18 años a 21 años.
Esta idea fue apoyada por la jefa del comité de la Duma en materia de seguridad y lucha contra la corrupción, Irina Yarovaya, quien prometió que las reformas en la ley sobre la posesión armas serán llevadas a la Duma del Estado en un futuro próximo.
No todos se sienten contentos con el hecho de que las autoridades rusas estén tratando de contrarrestar este problema aplicando la "política de mano dura".
En la red ha aparecido una carta abierta, cuyos autores, representantes de diversas organizaciones sociales de tiradores, exigen que se desista de tales medidas de "rigurosidad sin sentido".
El porcentaje de actos de vandalismo con uso de armas registradas es mínimo, comentó al servicio de noticias BBC de Rusia, el abogado criminalista Vasiliy Lésnikov.
Según estadísticas del Ministerio del Interior, durante seis meses del año 2012 se cometieron 142 delitos con uso de armas de fuego registradas en órganos del Interior, frente al total de 1168 delitos registrados para este mismo periodo.
Los autores de la carta abierta están seguros de que una legislación más estricta en el sector de armas de uso civil no será un inconveniente para que el delincuente se dirija al mercado negro. Ahora, según sus palabras, en Moscú se puede encontrar cualquier arma a bajo precio.
Mientras tanto, en el Ministerio del Interior se afirma que la situación de la proliferación de armas ilegales se encuentra bajo control.
Proveedores: desde fábricas hasta oficiales
El mercado negro de armas se abastece a través de varios canales.
Los canales principales son años, dice el coronel retirado Víctor Baranets, quien durante diez años trabajó en el Ministerio de Educación y en el Alto Estado Mayor.
Captura de pantalla del sitio web que acepta pedidos de armas
El primero, "vestigio del ejercito o militar", es decir, las armas que fueron robadas durante las acciones militares en el Cáucaso.
"Las armas fueron hurtadas por los oficiales rusos y por los mismos caucásicos", dice Baranets.
El siguiente tipo de "arma negra",las robadas por delincuentes y representantes de las fuerzas de seguridad.
Baranets explica que aquí se incluyen las armas hurtadas de los almacenes de la policía y aquellas robadas directamente por funcionarios de los órganos de cumplimiento de la ley.
Las armas ilegales salen a la venta desde los arsenales militares.
En muchos arsenales militares a menudo había explosiones. "Existen versiones demostradas de que algunos incendios fueron provocados premeditadamente para cubrir la falta", comenta un exmilitar.
Según Baranets, los fabricantes de armas también ponen su granito de arena.
"Ahora han proliferado fábricas privadas de armas que no son competitivas en el mercado internacional y distribuyen armas bajo cuerda al mercado negro, incluido el de Moscú", dice el experto.
Una fuente más del mercado negro es el contrabando.
Gran cantidad de pistolas y ametralladoras provienen de países pobres como Kirguistán.
"Allí cuentan con su propia producción, a veces artesanal, y se ha formado una mafia que ha organizado el flujo de armas", explica el ex militar.
¿De dónde vienen las armas?
Los expertos han calculado cuál es la participación aproximada de cada una de estas fuentes de suministro de armas ilegales al mercado negro.
Un informe sobre este tema fue elaborado en 2011 por el Centro de análisis de problemas y planificación de la gestión pública.
