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
En los mercados hay vendedores, pero allí también se tiene que llegar.
Digamos "de parte del Sr. Ivanovih, que pidió que le dijera que se le había caído un diente a su hija".
Incluso puedo conseguir un par de manoplas de acero a través de una persona de confianza.
Él también me los suministra sólo a mí porque sabe que no le voy a delatar.
Los novatos buscan armas de diferentes maneras.
El ex militar Viktor Baranets se puso a prueba en el papel de comprador de armas ilegales a mediados de los años 1990, cuando se disponía a publicar un artículo sobre este tema.
Los esquemas, según sus palabras, no han cambiado.
Le entregaron un álbum de fotos donde no había "de todo".
"Me sentí como en una boutique de lujo", recuerda el militar.
Al comprador, según palabras de Baranets, no le ofrecen gato por liebre: todo lo que hay se puede probar.
Yo, como cliente potencial, no sólo compro.
Vamos con el vendedor al bosque, donde ponemos un blanco.
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
He oído hablar de estos sistemas: por lo general.
El sitio web está registrado fuera del alcance de las leyes rusas.
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
Para un trabajador típico de Walmart.
Que recibe 9,5 dólares por hora, este gasto es excesivo, dijeron.
Científicos de la Universidad de California en Berkeley argumentan que si Walmart aumenta el salario medio hasta 12$ por hora, esto le costará a la corporación 3,2 billones de dólares.
Esto es aproximadamente un 1,1% más de lo que gasta en salarios ahora.
Si Walmart coloca el incremento salarial en los hombros de los consumidores, cada visita a la tienda les resultará sólo 46 centavos más caro.
En un año ellos gastarán la ridícula cantidad de 12,39 dólares más de lo que gastan ahora.
Los partidarios de Walmart comentan satisfechos que la protesta tuvo lugar tan sólo en nueve estados y que no causó ninguna pérdida a la corporación.
El "Viernes Negro" se prolongó en sus tiendas desde las 8 de la tarde del jueves hasta la medianoche del día siguiente y, durante ese tiempo, Walmart vendió alrededor de 5000 artículos por segundo.
En total, sus cajas registradoras realizaron el "Viernes Negro" casi 100 millones de transacciones.
El representante de la empresa, Dan Fogelman, declaró en una entrevista al sitio web de izquierdas Huffington Post, que dejaron su puesto de trabajo "menos de cinco" empleados de Walmart y que la protesta no había sido más que "otro truco de relaciones públicas", organizado por el sindicato de trabajadores.
"¡Caja libre!"
Las protestas continuaron esta semana en Nueva York, en las que los objetivos no eran precisamente los grandes almacenes Walmart (que en esta progresista ciudad no les tienen aprecio, y por eso por ahora no hay ninguno), sino los "McDonald's" y otros restaurantes baratos.
¡McDonald's dice que vende miles de millones de porciones, y luego ni siquiera te conceden la baja por enfermedad y no te pagan por tu trabajo honesto!
Jumaane Williams, miembro del Consejo Municipal de Nueva York
Actualmente, de acuerdo con la ley federal y la de Nueva York, el salario mínimo es de 7,25$ por hora.
Los restaurantes de comida rápida lo van aumentando con el tiempo, pero sólo ligeramente, y de media, los trabajadores ordinarios reciben en Nueva York 8,90 dólares por hora.
Nadie gana menos que ellos en esta ciudad.
Cómo es posible sobrevivir en Nueva York con ese dinero, para mí es algo incomprensible.
Hubo un tiempo cuando casi la cuarta parte de los adolescentes estadounidenses pasaban por los McDonald's y trabajaban allí, detrás de los mostradores, a tiempo parcial después de la escuela, aunque todavía vivían con sus padres.
Pocos eran los que veían esto como la principal fuente de ingresos o planearan quedarse allí mucho tiempo.
Ahora, constantemente tropiezo en algunas entrevistas con trabajadores de McDonald's que se quejan de que tienen que vivir de este salario, y a veces incluso alimentar a sus hijos.
Por otro lado, en un foro de la revista Wall Street Journal hay un comentario cuyo autor señala que es irresponsable tener hijos si no sabe con qué darles de comer.
Los participantes en las protestas, que comenzaron a las 6:30 de la mañana del jueves en el McDonald's de la 40th Street y Madison Avenue, exigieron que a los cajeros y cocineros de comida rápida se les empiece a pagar por lo menos 15$ por hora, o sea, que se les duplique su salario mínimo actual.
También exigieron que en el sector de la comida rápida se creen sindicatos de trabajadores.
La ley de los EE.UU. prohíbe a la administración impedirles este derecho y castigar a los activistas del movimiento sindical con argucias y despidos.
Por otra parte, rara vez la administración les facilita la vida.
Pero, por razones objetivas, es fácil que los sindicatos abarquen el sector de comida rápid.
Una de las principales es la excesiva rotación del personal.
Discordantes
Ruidosas protestas tuvieron lugar ese mismo día en otros restaurantes baratos de Manhattan.
La culminación de la acción tuvo lugar a mitad del mitin en el McDonald's situado cerca de Times Square, en el que participaron varios políticos demócratas locales, en particular el miembro del Consejo Municipal de la ciudad Jumaane Williams, que dijo: "McDonald's dice que está vendiendo miles de millones de porciones, y luego ni siquiera te da un hospital ni te paga por tu trabajo honesto".
Los manifestantes recibieron el apoyo de otros destacados demócratas de Nueva York, por ejemplo del candidato a alcalde de la ciudad Bill de Blasio, que dijo que "debemos apoyar a los trabajadores del sector de comida rápida para que logren recibir salarios justos y la prosperidad económica que se merece cada neoyorkino".
Como lo describió el periódico New York Times, esta ha sido la mayor manifestación de este tipo en la historia americana de la comida rápida.
Pero en ella participaron sólo unos pocos cientos de personas, incluso no todos ellos eran empleados del servicio de comida rápida, en el que trabakan decenas de miles de personas de Nueva York.
Aún no está claro si esto servirá de chispa para provocar un movimiento masivo.
"Por ahora, engañar al cerebro no resulta tan fácil"
El tema de la realidad aumentada, tan popular entre los aficionados a las tecnologías modernas.
Últimamente se percibe con normalidad principalmente a través del prisma de gafas especiales.
A inicios del verano, en su conferencia anual Google demostró un modelo en movimiento y posteriormente.
En noviembre, se supo que Microsoft había presentado también una solicitud para reclamar la correspondiente patente.
Sin embargo, de una conversación con el jefe del grupo de tecnología interactiva 3D en el laboratorio de Microsoft de Cambridge, Izadi Sharamom, se dilucidó que para los científicos de dicha compañía, las gafas ya pertenecían a una etapa pasada.
A ellos les atrae la perspectiva de la manipulación de objetos virtuales en el aire con las manos desnudas y la creación de espacios virtuales abiertos.
