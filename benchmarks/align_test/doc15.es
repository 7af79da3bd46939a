Puede consultar toda la entrevista en la edición del sábado de Práva.
El estudio de arquitectura MVRDV demuestra que las verdaderas aventuras no solo están en la cabeza - en el ejemplo de la biblioteca de Spijkenisse y la recién terminada "montaña de libros"- 2 fotos
"Creo que el edificio es divertido, tiene un aspecto futurista, y por fin hay algo interesante que ver", afirma Lisette Verhaig, una transeúnte que pasa por la calle.
Y Stefan Spermon, técnico de TI en una gran empresa situada cerca de la biblioteca, apunta: "además, el edificio es bonito".
Pero yo me pregunto para qué necesitamos una biblioteca hoy en día.
Todos tenemos Internet, tabletas y libros electrónicos.
Nadie entra por gusto en esas bibliotecas pasadas de moda, ¿no?
Spijkenisse, una ciudad dormitorio situada a las puertas de Róterdam que apenas merece una fugaz visita, ostenta el dudoso honor de haberse alzado con un récord para olvidar.
La población de 80.000 habitantes presenta la tasa de alfabetización más baja de los Países Bajos.
Para contrarrestar esta situación tan vergonzosa, hace algunos años se decidió contribuir de alguna manera a la cultura general y copiar los siete puentes ficticios que aparecen representados en los billetes de euro en forma de miniaturas de hormigón armado decoradas.
El éxito de la ofensiva educativa fue limitado.
Y así fue como los responsables políticos decidieron que solo existía una posibilidad para mejorar las estadísticas: ¡había que construir una biblioteca!
Winy Maas, del estudio de arquitectura holandés MVRDV, todo un maestro en el arte de los diagramas de barras y responsable de edificios divertidos a la par que cínicos, se tomó el tema con su habitual serenidad y compareció a la presentación del concurso en el año 2003 con cinco libros bajo el brazo y una sonrisa en el rostro.
Y mientras el jurado miraba perplejo a su alrededor y se encogía de hombros, Maas procedió a apilar los libros por tamaño formando una pirámide y concluyó su breve discurso con las siguientes palabras: "Estimados conciudadanos:
Aquí la tenéis, mi propuesta para la montaña de libros de Spijkenisse, la denominada `Boekenberg'".
Nueve años después, la montaña de 30 millones de euros se levanta en el lugar previsto.
Ésta forma parte del proyecto de revitalización, que se completa con un aparcamiento subterráneo, un supermercado, una oficina de correos y un par de edificios de viviendas y adosados.
A principios de noviembre la montaña de libros fue galardonada con el segundo premio "Best Library of NL 2012".
Además, el proyecto también está nominado al "Dutch National Wood Award 2012".
De esta forma, la pequeña ciudad carente de historia, que hasta la fecha no tenía nada más que ofrecer que una zona peatonal posmoderna y un ayuntamiento increíblemente feo tras cuya fachada blanca uno intuiría más bien una central lechera, cuenta ahora con una obra de arquitectura contemporánea.
Pero sobre todo, Spijkenisse dispone ahora del primer edificio cultural público de su historia.
El organismo de la ONU con sede en los Países Bajos no tiene poder para adjudicar territorio chileno y ha estipulado que no determinará el resultado de posibles conversaciones.
El lunes se ofrecerá a Bolivia “una oportunidad extraordinaria para abrir una nueva era de relaciones con Chile” y la posibilidad de “poner fin a 139 años de desacuerdos con beneficios mutuos”, afirmó.
El largo camino hasta el libro
La primera impresión es que se trata de un paraíso de libros bajo una quesera.
Bien es cierto que hay un ascensor que nos transporta justo al centro de este macizo montañoso, pero los verdaderos amantes del espacio y la lectura no lo utilizan, sino que prefieren fundirse con su topografía a cada paso de su escalada a la cima.
El interior completamente acristalado resulta luminoso y fácil de abarcar con la vista, el suelo de ladrillo recocido y las elegantes farolas apoyan de forma inequívoca la condición pública de la biblioteca.
El ambiente urbano es perfecto.
Los marineros vigilan un cuartel general naval en La Paz.
Al alzar la vista se pueden llegar a visualizar los bancos del parque, los perros y los niños y niñas jugando al fútbol.
Y por todos lados libros, libros y más libros.
Bolivia y Chile continuarán hablando en algún momento, pero será extremadamente difícil mantener conversaciones después de esto.
"Normalmente las estanterías de libros están dispuestas a lo largo de la fachada y en el centro se abre una enorme sala oscura que, por lo general, suele ser algo incómoda e impersonal", afirma Winy Maas.
Lo que hemos hecho nosotros es poner patas arriba la clásica configuración espacial y sacar la zona de lectura del interior al exterior.
El interior de la montaña está muy bien aprovechado: en el medio se encuentran las oficinas, la biblioteca de Internet, el club de ajedrez, el centro de educación ambiental y la sala de mantenimiento.
Mención especial merecen las estanterías negras que asumen las funciones de revestimiento mural, parapeto y barandilla al mismo tiempo.
La vista, el tacto y el olfato son extraños.
Incluso los arquitectos y los ingenieros civiles más al día sacuden la cabeza cuando oyen hablar de este material desconocido.
"Queríamos trabajar con materiales reciclados", nos explica Joop Trouborst, jefe del proyecto en la ciudad de Spijkenisse.
Y así es como un día, en una explotación agrícola frisia, nos topamos con el subproducto adecuado procedente de la agricultura.
Desde hace muchos años, en los invernaderos y en los campos de los Países Bajos se utiliza un tejido plástico de escasos milímetros de espesor como base para sujetar las raíces de los cultivos.
Se trata de un material barato y eficiente.
Este tejido fino dura dos estaciones y después se desecha.
Para la biblioteca este tejido se prensó, por primera vez en tales cantidades, hasta conseguir planchas de cuatro centímetros de espesor.
Con el calor y la presión, el denominado plástico agrícola (KLP) cambia de color y se convierte en un material oscuro, homogéneo y resistente que huele a una mezcla de coche nuevo y zapatilla de deporte.
Tras 105 peldaños se llega a la cima de la montaña.
“Bolivia tiene el impulso, un espíritu de unidad y serenidad y, por supuesto, está esperando el resultado con una visión positiva”, comentó Roberto Calzadilla, un diplomático boliviano.
Al final de esta ruta continua de casi 500 metros alrededor de la montaña nos aguarda la recompensa: desde la cafetería no solo se tiene una fantástica vista de la ciudad, sino que en ella también se puede disfrutar de unas sabrosas croquetas holandesas y sus ficus plantados en enormes macetas.
Estos crean un ambiente agradable a la par que mantienen la humedad atmosférica adecuada para esta montaña de literatura.
Donaciones para un nuevo alma
“Estamos muy cerca de volver al océano Pacífico”, prometió a finales de agosto.
"Aunque cueste creerlo dadas sus grandes superficies acristaladas, este edificio es un proyecto ejemplar en lo que respecta a la ecología", señala Trouborst.
La calefacción y la refrigeración necesarias se obtienen a partir de energía geotérmica.
A pesar de que la montaña de libros está situada bajo una enorme pirámide de cristal, incluso en los días más soleados el sol solo brilla durante pocas horas en su interior.
Las enormes cerchas de madera situadas en sentido transversal a la fachada de cristal sirven para dar sombra y absorben la mayoría de los rayos del sol.
Esto crea un clima interior confortable.
El hecho de que la resolución del Tribunal Internacional de Justicia llegue solo seis meses después de los alegatos finales indica que el caso “no fue complicado”, afirmó Paz Zárate, experta chilena en derecho internacional.
El resto es cosa de las persianas automáticas.
Stefan Spermon, el escéptico trabajador del sector de las Tecnologías de la Información, ya se ha atrevido a poner el pie en la nueva biblioteca.
Y Lisette Verhaig también ha estado allí.
Igualmente, la profesora de medicina tradicional china Cynthia Bogarde ha visitado la biblioteca. Ella califica el "Boekenberg" como el "alma tardía" de Spijkenisse.
Bolivia y Chile continuarán hablando en algún momento, pero será extremadamente difícil mantener conversaciones después de esto.
La razón es que, con motivo de la inauguración que tuvo lugar hace un par de semanas, se invitó a todos los habitantes de la ciudad a donar un libro de su colección privada.
De esta forma se pretende llenar, de momento, los huecos ópticos de una biblioteca que aún no cuenta con su archivo completo; en la actualidad tiene 70.000 ejemplares.
El concepto ha calado hondo.
Las estanterías están repletas.
"No hay nada peor que una biblioteca medio vacía", afirma el arquitecto Winy Maas.
“La resolución es una oportunidad para ver que tenemos que dejar atrás el pasado”.
"Creo que gracias a nuestra iniciativa ahora todos los habitantes tienen un cierto vínculo con este edificio.
Todos saben que su libro forma parte de la biblioteca.
Aunque solo esté ahí para adornar.
De esta forma, el estudio MVRDV ha conseguido todo un éxito en esa disciplina reina que en el argot especializado se conoce como "creación de una identidad".
La ciudad de Spijkenisse ha escrito un pedazo de la historia de la literatura.
Independientemente de lo joven e inculta que pueda ser.
Por fin un punto de partida para conformar su identidad.
Szabo: "Los alemanes deben desempeñar un papel más protagonista"
Alemania se ha abstenido en la votación sobre la admisión de Palestina.
Según Stephen Szabo, experto en las relaciones EE. UU.-Europa, esto sitúa a Berlín en una posición diplomática bastante peliaguda.
Deutsche Welle: A principios de semana, Alemania dio a entender que votaría en contra de la propuesta de conceder a los territorios palestinos la condición de Estado observador de las Naciones Unidas.
Sin embargo, finalmente Berlín se abstuvo.
¿Por qué?
Stephen Szabo: Alemania no apoya lo que los israelíes han hecho en Gaza.
Ahora bien, debido a la relación especial que une al país con Israel, Alemania debe tener cuidado.
Pero al mismo tiempo creo que tampoco respalda la postura norteamericana.
Alemania quería demostrar su independencia sin ser demasiado crítica con Israel.
Durante el levantamiento que tuvo lugar en Libia en marzo de 2011, Alemania también se abstuvo cuando de lo que se trataba era de establecer una zona de prohibición de vuelo.
Ésta ha sido declarada finalmente por la OTAN.
¿Le resulta difícil a Alemania adoptar una postura clara cuando están en juego temas internacionales importantes?
Sí, así es.
Esto se debe a que en estos momentos está reorientando su política exterior, alejándose de una política liderada, por así decirlo, por los Estados Unidos y centrándose en una política exterior alemana.
Y lo que dificulta aún más las cosas es que los europeos no tienen una política coherente y uniforme.
Por lo tanto, los alemanes se encuentran en una encrucijada.
De ellos se espera que desempeñen un rol más independiente, pero no están acostumbrados a hacerlo.
Creo que todavía están tanteando cuál será su papel, pero ya han iniciado el camino hacia una política exterior "normal".
Una política exterior similar a la países como Francia o Gran Bretaña.
¿Qué significa concretamente una política exterior "normal" desde el punto de vista alemán?
Es una política que, cuando se trata de intereses nacionales, se muestra dispuesta a defender posturas diferentes a las de Estados Unidos o sus socios europeos.
Creo que la política exterior alemana encuentra una fuerte motivación en la política económica, es decir, en las exportaciones y en sus relaciones con determinadas regiones, como pueden ser Rusia, China u Oriente Próximo.
Los intereses económicos alemanes son hasta cierto punto diferentes a los de otras grandes potencias y por ese motivo Alemania debe proteger sus intereses.
¿Estos intereses económicos han influido en la postura adoptada con respecto al conflicto en Oriente Próximo y en la votación de la ONU?
Por un lado, Alemania cuenta con grandes mercados en Oriente Próximo, especialmente en el Golfo.
Por este motivo debe ser cuidadosa y no alienarse de la opinión pública árabe ni tampoco de las élites árabes.
Esto es importante, por supuesto.
Pero yo no le daría tanta importancia puesto que no se trata de una relación totalmente unilateral.
El actor no quiso hacer ningún comentario sobre el asunto, aunque una fuente del Scottish Sun apuntó que Kiernan quería involucrarse en el “floreciente mercado de la restauración” de Glasgow.
Sin embargo, sí desempeñan un papel fundamental en las consideraciones alemanas.
¿Ha socavado Alemania su relación con EE. UU. al abstenerse de votar en importantes decisiones como en la votación sobre Palestina?
Creo que en Europa, e incluso en Estados Unidos, la postura alemana goza de un enorme grado de comprensión.
Por este motivo, no creo que se haya producido una ruptura tan drástica como en el caso de Libia.
Quizá con ello Alemania haya logrado granjearse un cierto respeto.
