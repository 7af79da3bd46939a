Una fuente más del mercado negro es el contrabando.
Gran cantidad de pistolas y ametralladoras provienen de países pobres como Kirguistán.
"Allí cuentan con su propia producción, a veces artesanal, y se ha formado una mafia que ha organizado el flujo de armas", explica el ex militar.
¿De dónde vienen las armas?
Los expertos han calculado cuál es la participación aproximada de cada una de estas fuentes de suministro de armas ilegales al mercado negro.
Un informe sobre este tema fue elaborado en 2011 por el Centro de análisis de problemas y planificación de la gestión pública.
Los especialistas analizaron informes del Ministerio del Interior y de Rosstat, bibliografía criminológica y datos de acceso público de portales cuya temática gira en torno a las armas.
La gran mayoría de las armas ilegales, según los investigadores, provienen de las fuerzas armadas y de las fuerzas de seguridad.
La mitad de las armas del mercado negro ha llegado allí "por culpa de funcionarios cuyo trabajo está relacionado con las armas", se dice en el informe.
Según los investigadores, el 17% de las armas provienen de lugares donde hay conflictos armados, el 14% de los casos se roba durante la producción de armas y el 5% corresponde a la "arqueología ilegal".
El dependiente de una de las tiendas de armas, que pidió que su apellido no fuese mencionado, dice que las armas encontradas por excavadores ilegales no las compra nadie desde hace ya mucho tiempo porque son demasiado viejas.
Más a menudo, dice, los proveedores se dirigen a almacenes militares cuando necesitan una partida.
A través de algún alférez, el proveedor compra una unidad, por ejemplo una pistola TT.
La eliminan del registro y la pasan por encima de la valla.
"Éste lleva el arma a la ciudad y la vende a 900 euros por unidad con dos cargadores", nos cuenta
"Pero, claro, la policía esta al tanto de todos los asuntos, así que periódicamente, cuando hay que cumplir el plan de descubrimiento de delitos, realizan compras de prueba a los comerciantes de armas ilegales", añade el dependiente.
"Como en una boutique de lujo"
El vendedor y el comprador suelen encontrarse a través de conocidos.
"Visité páginas web y blogs hasta que un tipo que me propuso que fuera a la plataforma "Begovaya", donde estaría un hombre que me llevaría a una "esquinita" donde podríamos negociar.
Del precio del arma, me enteré sólo allí".
Comentarista militar Viktor Baranets
"Para conseguir un arma necesito un amigo que tenga contactos", dice el dependiente de la tienda. "Tengo un amigo así, pero no confío mucho en él".
En los mercados hay vendedores, pero allí también se tiene que llegar, digamos "de parte del Sr. Ivanovih, que pidió que le dijera que se le había caído un diente a su hija".
Incluso puedo conseguir un par de manoplas de acero a través de una persona de confianza.
Él también me los suministra sólo a mí porque sabe que no le voy a delatar.
Los novatos buscan armas de diferentes maneras.
Los esquemas, según sus palabras, no han cambiado.
Le entregaron un álbum de fotos donde no había "de todo".
"Me sentí como en una boutique de lujo", recuerda el militar.
Al comprador, según palabras de Baranets, no le ofrecen gato por liebre: todo lo que hay se puede probar.
Yo, como cliente potencial, no sólo compro; vamos con el vendedor al bosque, donde ponemos un blanco.
"Me dan la oportunidad de disparar y cuando me aseguro de que el arma dispara bien, comenzamos a negociar", describe el procedimiento el experto.
Tienda de sofás
Los motores de búsqueda web conducen a sitios y grupos de "Vkontakte", donde se ofrece comprar armas "para diferentes propósitos".
"Es suficiente tener una cierta cantidad de dinero", escriben en el titulo del aviso publicitario "Comprar una pistola o una ametralladora".
Allí los usuarios hacen sus pedidos y ponen preguntas.
¿Y venden a menores de edad?
"Sin permiso, por supuesto", pregunta al usuario "Iván" (ortografía conservada).
El Servicio Federal de Seguridad ha creado una enorme red de sitios web ficticios y captura a dos manos a aquellos que desean comprar armas de fuego.
Y la gente va, como pez hambriento hacia el cebo, y luego, a extraer carbón en Siberia
comentarista militar y exmilitar Viktor Baranets
He oído hablar de estos sistemas: por lo general, el sitio web está registrado fuera del alcance de las leyes rusas.
La gente hace los pedidos.
El comprador realiza el pago a través de un cajero automático.
"En respuesta, le envían una foto y las instrucciones para que sepa dónde está oculta el arma", relata el secretario de prensa de la ONG "El derecho a las armas", Dmitri Kislov.
Viktor Baranets afirma que si se hace un pedido en línea, uno se queda sin arma y lo meten en la cárcel.
El Servicio Federal de Seguridad ha creado una enorme red de sitios web ficticios y captura a dos manos a aquellos que desean comprar armas de fuego.
"Y la gente va, como pez hambriento hacia el cebo, y luego, a extraer carbón en Siberia", afirma él.
Makarov por 100 dólares
En la compra de armas de fuego ilegales, según los expertos, uno se puede gastar de 100 a 900 dólares.
Según Dmitri Kislov de la ONG "El derecho a las armas", una pistola Makarov se puede adquirir por 100-300 dólares.
Se deberá esperar un mes y medio.
Es enviada desde los almacenes militares por los jefes de rango medio.
De acuerdo con las estadísticas oficiales del ministerio, en comparación con el periodo enero-octubre de 2011, el número total de estos delitos en Rusia se redujo en un 7%, lo que constituye 22.900, y el número de casos identificados de robo y extorsión de armas, municiones, explosivos y artefactos explosivos disminuyó en un 7,8%.
Se ponen en huelga los empleados de restaurantes de comida rápida y supermercados en EE.UU.
Hasta una cuarta parte de adolescentes estadounidenses encuentran sus primeros trabajos como cajeros en "McDonald's"
En los últimos días, en los Estados Unidos se ha iniciado una ola de protestas contra los bajos salarios que se pagan en los supermercados de la corporación Walmart y en restaurantes de las populares cadenas de comida rápida, tales como "McDonald's", "Burger King", "Taco Bell", "Wendy's" y "Kentucky Fried Chicken".
Por ahora nadie se atreve a aseverar si llegará o no esta ola a los nueve puntos, o si tiene destinado perder fuerzas y amansarse en sus primeras etapas.
Las acciones de protesta cuentan con el apoyo de los sindicatos y de una serie de ONG de izquierdas.
Además del aumento de los modestos salarios percibidos por los trabajadores de Walmart y los del sistema de comida rápida, el objetivo de los organizadores de las protestas es la creación de sindicatos de trabajadores en estas empresas.
Por ahora, este sector de la economía prácticamente no ha sido ocupado por el movimiento sindical.
¿Cuarenta y seis centavos al año?
Las acciones comenzaron la semana pasada, después del día de Acción de Gracias, el llamado "Viernes Negro". Ese día, en Estados Unidos coomenzaba la orgía de rebajas que capturó a millones de habitantes, y que a veces estuvo acompañada de enfrentamientos.
Ese día, algunos trabajadores de la corporación Walmart, que emplea a 2,2 millones de personas en el mundo, abandonaron sus puestos de trabajo y formaron piquetes de protesta junto a los sindicatos y activistas de izquierdas en las tiendas de la corporación, cuyos productos se dirigen a personas de ingresos modestos y moderados.
Los productos en sus tiendas son de media entre un 8% y un 27% más baratos que los de los supermercados más grandes.
Es por eso que muchos trabajadores mal pagados de Walmart compran sólo en el trabajo.
