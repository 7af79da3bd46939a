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
La Policía Metropolitana dijo que los agentes estaban trabajando para identificar al hombre e informar a sus familiares.
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
El tema de la realidad aumentada, tan popular entre los aficionados a las tecnologías modernas, últimamente se percibe con normalidad principalmente a través del prisma de gafas especiales.
A inicios del verano, en su conferencia anual Google demostró un modelo en movimiento y posteriormente, en noviembre, se supo que Microsoft había presentado también una solicitud para reclamar la correspondiente patente.
Sin embargo, de una conversación con el jefe del grupo de tecnología interactiva 3D en el laboratorio de Microsoft de Cambridge, Izadi Sharamom, se dilucidó que para los científicos de dicha compañía, las gafas ya pertenecían a una etapa pasada.
A ellos les atrae la perspectiva de la manipulación de objetos virtuales en el aire con las manos desnudas y la creación de espacios virtuales abiertos.
- Por favor, en términos generales, ¿cuál es el objeto de estudio de su grupo de investigación?
- Nos dedicamos a la interacción persona-ordenador, pero además tratamos de ampliar los límites de esta interacción.
Por ahora la humanidad en su gran masa ha quedado atrapada en la etapa de trabajo con los píxeles de la pantalla plana, a veces la toca con el dedo.
Pero nosotros queremos mirar 5-10 años adelante y adivinar los cambios cardinales en esta interacción.
Por ejemplo, la consola Xbox y los sensores Kinect representan un paso adelante y hoy en día ningún Xbox se vende sin Kinect, ya que a todos les interesa el control por gestos.
- ¿Qué más nos depara el futuro?
- A pesar de que Kinect ha llevado la interacción al nivel físico, gran parte de ésta todavía ocurre en una pantalla plana, a veces en 3D.
La introducción de información ha mejorado (el sistema recibe más datos), y la salida todavía no es muy buena.
Estamos tratando de cambiar esto, trabajamos en sistemas de visualización verdaderamente tridimensionales, basados ​​en diferentes tecnologías, incluyendo las de diseño.
Se debe liberar el mundo de la informática al nuestro, al físico, hacerlo más tangible.
Para esto, sin embargo, es necesario reconocer no sólo al usuario, sino también el espacio que lo rodea.
Entonces podremos completar el mundo real con objetos virtuales de una forma más cómoda.
En primer lugar, ¡al diablo con esos tontos cascos de realidad virtual!
- ¿Qué piensa usted sobre el control por voz?
Un detalle muy popular, pero ¿no cree que lo sobreestiman?
- Claro que no se le puede considerar una panacea, queda pendiente de resolver la cuestión de privacidad, ya que no siempre se quiere que los demás se enteren de nuestras acciones e intenciones.
De hecho, todos los tipos de interacción con computadoras son buenos, pero cada uno en su propio campo.
Por ejemplo, para el control de dispositivos en lugares públicos, teníamos un proyecto en el que pensamos en los gestos, pero no en movimientos sueltos, sino más cortos.
Rosa, que el domingo por la mañana aún tendrá una fuerza huracanada con ráfagas máximas de 136 kilómetros por hora, está a 619 kilómetros al sur de Punta Eugenia (México) y se desplaza hacia el norte a 19 kilómetros por hora.
Además, los gestos eran capturados no por la cámara del dispositivo, sino por una pulsera que registraba el movimiento de los huesos y los músculos.
Por ahora es muy grande, pero en teoría puede ser reducido al tamaño de un reloj de pulsera.
Pero, en general, el futuro es para un tipo combinado de control, por ejemplo de gesto + voz.
- ¿Cómo es eso?
- Por ejemplo, ¿cómo me pediría usted que le pasara esta lata de soda?
Usted hablará y la mostrará al mismo tiempo.
- Normalmente yo sólo hablo.
- Oh, eso va a ser muy difícil de reconocer.
- ¿O sea, usted quiere obligar a los usuarios a adaptarse a lo que puede o no puede hacer en este momento la máquina?
- No necesariamente, pero es un acercamiento mutuo.
El Servicio Nacional de Meteorología de Phoenix comentó en un tuit que solo “diez huracanes habían conservado su estado de tormenta tropical o depresión en un radio de 321 kilómetros de Phoenix desde 1950.
Creo que en un futuro próximo vamos a tener que trabajar principalmente en el diseño de nuevos tipos de sensores que puedan determinar con precisión las reacciones de la persona.
Estos pueden ser, por ejemplo, sensores láser, ya que proporcionan una buena resolución en profundidad, lo que es muy importante.
Es probable que caigan entre 2 y 5 centímetros de lluvia, con posibilidad de llegar a los 10 en lugares aislados, en otras zonas del suroeste del desierto, incluidas las Montañas Rocosas y la Gran Cuenca.
- Si hablamos de su trabajo con los sensores de Xbox Kinect, ¿qué quejas tiene usted de las cámaras modernas?
¿Les falta resolución, profundidad o algo más?
- En principio, la generación actual es lo que puede ser el comienzo de nuestro trabajo con el reconocimiento tridimensional.
Por supuesto, sería bueno obtener 8 megapíxeles a la velocidad de 1000 fps.
Pero la cuestión no está en los megapíxeles, sino en la calidad de la matriz y en la profundidad.
Desde este último punto de vista, todas las tecnologías actuales no son lo suficientemente buenas para nosotros; esto da más trabajo a los diseñadores de algoritmos.
O sea, que tenemos que recordar no sólo la resolución en los ejes X e Y, sino también en Z.
También es importante la velocidad, el número de cuadros por segundo.
Los movimientos humanos son bastante dinámicos y los actuales de 30 fps son verdaderamente escasos, sobre todo para los gestos.
Steven Bathiche, de nuestro laboratorio en Redmond, hizo un sensor de contacto con retardo ajustable de procesamiento de 1 a 100 ms y cabe mencionar que los modernos sensores producidos en serie están más cerca del segundo valor (60-100).
No todo el mundo entiende en qué medida esto afecta a la interacción hombre-máquina.
A mí me sería muy útil para mi trabajo un equivalente de tal dispositivo, pero que no requiera contacto para que los cuadros por segundo sean más.
- ¿Y no es necesario aumentar el número de cámaras?
- El Kinect tiene ahora tres "cámaras", una de las cuales es de hecho el emisor de rayos infrarrojos y la segunda el receptor de la señal reflejada.
Pero la tercera cámara es en realidad un simple sensor del diapasón visible.
Ésta no se utiliza para determinar la profundidad del objeto.
Potencialmente, más cantidad de cámaras podrían resolver el problema...
O al contrario, aumentarlo y acrecentar la cantidad requerida de cálculos.
Sería bueno crear un análogo flexible de Kinect, jugar con la curvatura de ubicación de las cámaras y ver cómo esto ayudaría a determinr la posición tridimensional.
- Por lo que yo recuerdo, Microsoft, a diferencia de Google, no ha presentado sus gafas al público.
¿No le parece que, desde el punto de vista del uso diario de tecnologías de realidad aumentada, las gafas son una de las plataformas más visibles?
- Por supuesto, pasar todo el rato sosteniendo en alto un teléfono inteligente en las manos, no es muy cómodo, pero yo pienso: la mejor opción sería una realidad aumentada "transmutable" cuando, en base de una plataforma de nube, usted podría pasar de las gafas al teléfono inteligente,
Las gafas son dispositivos muy personales, en eso está su fuerza (las cosas privadas sólo usted podrá verlas), pero también su debilidad: una realidad aumentada basada en gafas no le permitirá trabajar sobre objetos virtuales junto con otras personas.
- Imaginémonos por un momento que la manipulación de objetos holográficos virtuales en el aire está disponible no sólo para Tony Stark de la película "Iron Man", sino también para cualquier simple mortal.
Hay un problema en esta idea que los críticos suelen señalar: ¡no hay respuesta táctil!
¡Las manos no sienten nada!
¿Qué respuestas prepara su grupo para este reto?
- En mis conferencias a menudo digo que la realidad aumentada es la séptima irrupción en la interacción entre el hombre y la máquina.
Seis funcionarios de prisiones han resultado heridos en un altercado producido en una prisión de alta seguridad para hombres, según la Dirección del centro penitenciario.
Creo que la octava bien podría ser la adición de sensaciones táctiles.
Mientras tanto, uno de los trucos más interesantes es el uso de la segunda mano en calidad de soporte para la imagen.
¡Registra el tacto perfectamente!
Pero existen también tecnologías que están verdaderamente orientadas a aportar tangibilidad a estas "imágenes en el aire". Por ejemplo, la interferencia de varios rayos ultrasónicos dirigidos a un punto específico donde se encuentra el dedo da una sensación similar a la que uno siente si alguien estuviera soplándole en las yemas de los dedos, pero esa sensación todavía es muy débil.
Hay también pulseras para la muñeca que influyen en las terminaciones nerviosas de los dedos, esto también una dirección prometedora.
Se han cortado carreteras y se han desviado los autobuses, y se ha aconsejado a los conductores que eviten la zona.
- ¿Ha tratado de engañar al cerebro?
¿Hacerle pensar que él siente lo que parece que debería sentir en el momento en que ve algo?
- Esa es una buena idea, todavía no lo hemos intentado.
Aquí se esconde otro desafío con el que tendremos que luchar durante mucho tiempo, cómo hacer que una persona físicamente ubicada en un espacio muy reducido crea que va a un espacio abierto, casi sin fin. Estamos trabajando también en la idea de las cintas de correr (no como las de los gimnasios), plataformas móviles, así como la de los globos gigantes.
Por ahora, engañar al cerebro no resulta tan fácil, aún hay que trabajar durante muchos años.
Eso es lo que hace atractivo el trabajo con la realidad virtual para los investigadores, que muchas cosas se encuentran en un estado de total concepción.
Gusto personal subjetivo en lugar de cultura - Rosbalt.ru
"Rosbalt" continúa el proyecto "Vanguardismo de San Petersburgo", dedicado a los ciudadanos que se encuentran delante, a la vanguardia del arte y de la cultura.
En esta lista de los mejores se encuentran brillantes figuras del arte y la escena de San Petersburgo, cuyos logros llegan más allá de la ciudad: a menudo encuentran reconocimiento en Europa sin que Rusia los conozca siquiera.
