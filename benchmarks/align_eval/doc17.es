Las enormes cerchas de madera situadas en sentido transversal a la fachada de cristal sirven para dar sombra y absorben la mayoría de los rayos del sol.
Esto crea un clima interior confortable.
El resto es cosa de las persianas automáticas.
Stefan Spermon, el escéptico trabajador del sector de las Tecnologías de la Información, ya se ha atrevido a poner el pie en la nueva biblioteca.
Y Lisette Verhaig también ha estado allí.
Igualmente, la profesora de medicina tradicional china Cynthia Bogarde ha visitado la biblioteca. Ella califica el "Boekenberg" como el "alma tardía" de Spijkenisse.
La razón es que, con motivo de la inauguración que tuvo lugar hace un par de semanas, se invitó a todos los habitantes de la ciudad a donar un libro de su colección privada.
De esta forma se pretende llenar, de momento, los huecos ópticos de una biblioteca que aún no cuenta con su archivo completo; en la actualidad tiene 70.000 ejemplares.
El concepto ha calado hondo.
Las estanterías están repletas.
"No hay nada peor que una biblioteca medio vacía", afirma el arquitecto Winy Maas.
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
Sin embargo, sí desempeñan un papel fundamental en las consideraciones alemanas.
¿Ha socavado Alemania su relación con EE. UU. al abstenerse de votar en importantes decisiones como en la votación sobre Palestina?
Creo que en Europa, e incluso en Estados Unidos, la postura alemana goza de un enorme grado de comprensión.
Por este motivo, no creo que se haya producido una ruptura tan drástica como en el caso de Libia.
Quizá con ello Alemania haya logrado granjearse un cierto respeto.
Al fin y al cabo, todo esto no ha hecho sino demostrar que es un país al que toman en serio como actor internacional y cuyos intereses hay que tener en cuenta.
En Europa existen diferentes opiniones acerca de la iniciativa palestina.
En cambio, EE. UU. se ha mostrado claramente a favor de un veto.
¿Existe disparidad de opiniones entre EE. UU. y muchas naciones europeas?
Siempre han existido estas disparidades debido a la política interior estadounidense.
Creo que el gobierno de Obama muestra en secreto un gran comprensión hacia la posición europea.
Pero, a causa de la situación política que se vive aquí, es evidente que el gobierno no puede defender en público esa postura.
Creo que la verdadera disparidad de opiniones no tiene en realidad la envergadura que se le atribuye.
Si analizamos las relaciones entre Obama y el Primer Ministro israelí Netanyahu, vemos que Obama no está para nada entusiasmado con la política que desarrolla.
¿Le resulta difícil a Alemania conciliar las estrechas relaciones que mantiene con Israel y Estados Unidos, por un lado, con la postura de sus principales socios en la UE, por otro?
Creo que es precisamente eso lo que hace que sea tan difícil para los alemanes.
Por supuesto que sería un poco más fácil para los alemanes si existiera una política europea coherente y homogénea, pero no es el caso.
Por lo tanto, no tienen la posibilidad de formar parte de un ente superior, sino que deben impulsar las cosas desde su propia posición.
Eso es precisamente lo que están haciendo ahora con el euro.
Creo que en el futuro Alemania asumirá un papel de liderazgo a la hora de obligar a Europa a adoptar una postura europea.
Por supuesto que esto no es nada fácil para Alemania, ya sea simplemente por la relación que mantiene con Israel.
Este ha sido siempre un tema peliagudo.
Pero creo que los alemanes tienen claro que deben desempeñar el papel de figura independiente.
¿Se ve Alemania a sí misma en el papel de actor internacional importante? ¿Desea en realidad Alemania asumir un papel protagonista?
¿O quizá le sigue resultando difícil aceptar ese liderazgo?
Alemania aún no se ha acostumbrado, siempre resulta algo incómodo y, por motivos evidentes, al país le sigue costando desempeñar un papel más importante.
Si observamos la crisis del euro, por ejemplo, vemos que cada vez que Alemania se posiciona como actor principal, se desatan ciertos sentimientos antialemanes.
Esto no resulta fácil para los alemanes.
Se trata de un viejo problema y es que nadie quiere estar rodeado de la países enemigos.
Visto de esta forma, Alemania se encuentra en una posición mucho más difícil que Estados Unidos.
Debe mostrar una actitud receptiva frente a los diferentes vecinos y opiniones y eso no resulta fácil.
La influencia de EE. UU. en la política europea disminuye cada vez más, pero la UE no cubre de momento ese vacío, ¿quién queda entonces?
A los alemanes no les quedará más remedio que asumir un papel más protagonista.
Incluso si no les gusta, si les resulta desagradable o si les convierte en un pueblo aún más impopular, c'est la vie!
Stephen Szabo es Director Ejecutivo de la Academia Transatlántica en Washington, una institución en la que académicos y expertos en política procedentes de Europa y de América del Norte analizan de forma conjunta los desafíos a los que se enfrenta la comunidad transatlántica.
Szabo es además miembro del German Marshall Fund, donde se ha especializado en política alemana, política exterior estadounidense y relaciones transatlánticas.
"Protección de marcas" en China: cuando Puma y Armani se convierten de repente en marcas chinas
Armani es una marca conocida a nivel mundial y Polo Ralph Lauren también.
Pero, ¿qué es Armani Polo?
Tras este nombre se esconde una denominación registrada oficialmente en China pero que no tiene nada que ver con las empresas originales.
No obstante, ésta goza de protección mientras los verdaderos epónimos no presenten una demanda.
E incluso entonces no está claro que se les vaya a dar la razón.
"A los extranjeros les resulta cada vez más difícil proteger sus marcas en China", señala Thomas Pattloch, abogado del bufete Taylor Wessing especializado en violaciones de derechos de protección en Extremo Oriente.
Cada semana llega a mi mesa un nuevo caso.
Los imitadores simplemente añaden un par de letras para poder registrar sus marcas.
