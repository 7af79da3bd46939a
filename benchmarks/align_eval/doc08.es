Del precio del arma, me enteré sólo allí".
Comentarista militar Viktor Baranets
"Para conseguir un arma necesito un amigo que tenga contactos", dice el dependiente de la tienda. "Tengo un amigo así, pero no confío mucho en él".
En los mercados hay vendedores, pero allí también se tiene que llegar, digamos "de parte del Sr. Ivanovih, que pidió que le dijera que se le había caído un diente a su hija".
Incluso puedo conseguir un par de manoplas de acero a través de una persona de confianza.
Él también me los suministra sólo a mí porque sabe que no le voy a delatar.
El ex militar Viktor Baranets se puso a prueba en el papel de comprador de armas ilegales a mediados de los años 1990, cuando se disponía a publicar un artículo sobre este tema.
Los esquemas, según sus palabras, no han cambiado.
Le entregaron un álbum de fotos donde no había "de todo".
"Me sentí como en una boutique de lujo", recuerda el militar.
Al comprador, según palabras de Baranets, no le ofrecen gato por liebre: todo lo que hay se puede probar.
Yo, como cliente potencial, no sólo compro; vamos con el vendedor al bosque, donde ponemos un blanco.
"Me dan la oportunidad de disparar y cuando me aseguro de que el arma dispara bien, comenzamos a negociar", describe el procedimiento el experto.
Tienda de sofás
Los motores de búsqueda web conducen a sitios y grupos de "Vkontakte", donde se ofrece comprar armas "para diferentes propósitos".
Para esto no se requiere ningún documento ni encuentros personales.
"Es suficiente tener una cierta cantidad de dinero", escriben en el titulo del aviso publicitario "Comprar una pistola o una ametralladora".
Allí los usuarios hacen sus pedidos y ponen preguntas.
¿Y venden a menores de edad?
"Sin permiso, por supuesto", pregunta al usuario "Iván" (ortografía conservada).
"Compro pistola TT. Moscú", lacónicamente formula su pregunta "Fedorenkov".
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
Walmart vende de todo, desde pañales, rifles de caza y baterías para coches, hasta aspiradores, huevos y leche.
Los productos en sus tiendas son de media entre un 8% y un 27% más baratos que los de los supermercados más grandes.
Es por eso que muchos trabajadores mal pagados de Walmart compran sólo en el trabajo.
La disponibilidad y el surtido de productos han hecho de Walmart una de las corporaciones más grandes de America.
Según las palabras dos críticos, Walmart puede permitirse el lujo de vender productos a muy bajo precio, en parte porque paga poco a sus trabajadores.
Estos últimos también se quejan de las malas condiciones laborales, tales como la falta de montacargas o escáneres de mano.
Ese "Viernes Negro" los participantes de la manifestación exigieron el aumento de salarios y se quejaron de que el coste del seguro de salud proporcionado por la corporación pasó de 30 a 100 dólares mensuales.
Para un trabajador típico de Walmart, que recibe 9,5 dólares por hora, este gasto es excesivo, dijeron.
Científicos de la Universidad de California en Berkeley argumentan que si Walmart aumenta el salario medio hasta 12$ por hora, esto le costará a la corporación 3,2 billones de dólares.
Esto es aproximadamente un 1,1% más de lo que gasta en salarios ahora.
