Alemania aún no se ha acostumbrado, siempre resulta algo incómodo y, por motivos evidentes, al país le sigue costando desempeñar un papel más importante.
Si observamos la crisis del euro, por ejemplo, vemos que cada vez que Alemania se posiciona como actor principal, se desatan ciertos sentimientos antialemanes.
Esto no resulta fácil para los alemanes.
La marca de culto tras este sombrero tan poco práctico que inundó las redes sociales presentó otra gran creación en la pasarela: una bolsa de playa de paja tan grande como la modelo en bañador que lo llevaba.
Se trata de un viejo problema y es que nadie quiere estar rodeado de la países enemigos.
Visto de esta forma, Alemania se encuentra en una posición mucho más difícil que Estados Unidos. Debe mostrar una actitud receptiva frente a los diferentes vecinos y opiniones y eso no resulta fácil.
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
Una encuesta realizada en 2014 por la Comisión para el Empleo y las Competencias del Reino Unido reveló que, de las razones que daban los empresarios sobre las dificultades que encontraban a la hora de cubrir puestos de trabajo, el 17 % se atribuían a la escasez de competencias lingüísticas.
Cada semana llega a mi mesa un nuevo caso.
Los imitadores simplemente añaden un par de letras para poder registrar sus marcas.
De esta forma, Gucci se convierte en Lu-Gucci y en lugar de Prada se registra Prada-Kny.
Las empresas alemanas también se copian legalmente de la misma manera, tal y como le ha ocurrido al fabricante de artículos deportivos Puma.
Pattloch abre un archivador en el que guarda asientos de la oficina de marcas de Pekín.
El 14 de septiembre de 2010 una empresa china solicitó registrar la marca Zegna DF Puma, un nombre artificial que también se servía de la casa de moda Ermenegildo Zegna.
Que los chinos son campeones mundiales en eso de copiar y de violar los derechos de propiedad intelectual es de sobra conocido.
En las grandes ciudades existen grandes almacenes de varias plantas dedicados exclusivamente a la venta de falsificaciones.
Sin embargo, los casos de Pattloch son de otra índole. Por encargo de sus clientes, él lucha contra el hecho de que la oficina de marcas conceda de forma oficial a las empresas chinas el derecho a sacar provecho de una denominación que ya está registrada en otro lugar.
Los chinos lo denominan "Bang Ming Pai" o marca acompañante.
La palabra tiene su origen en el término chino "Bang Dakuan",
que hace referencia a mujeres que han "pescado" a un hombre rico.
Las autoridades chinas no se sienten culpables
"Es perjudicial para el negocio, hay que luchar contra ello", exige Pattloch.
"La marca hace aguas, la posición monopolística desaparece y el daño que sufre la imagen es enorme." Las pérdidas financieras y las costas procesales de los sectores afectados son millonarias, sobre todo en el caso de productos emblemáticos de lujo.
Según datos de la empresa de análisis de mercado CLSA, con un volumen de 15.000 millones de euros al año China es, en tamaño, el tercer mercado de artículos de lujo y el que crece a mayor ritmo.
Sin embargo, lograr la anulación de inscripciones de dudosa legalidad en el registro de marcas resulta complicado y además supone mucho dinero.
Los procesos se pueden prolongar hasta nueve años y el resultado es incierto.
Pattloch habla de casos en los que el tribunal desestimó una demanda porque había transcurrido tanto tiempo que el nombre objeto de la demanda ya se había convertido en una "realidad de mercado".
"Si el demandante tiene mala suerte, quizá incluso tenga que pagar dinero al plagiador porque el proceso ha dañado a la marca de éste en China", señala Pattloch.
En ocasiones esto es la ley de la selva.
Algunos de los casos más conocidos tienen que ver con elementos gráficos.
En 2009 Daimler-Benz perdió un pleito contra el fabricante de maquinaria de construcción Sany, la empresa que ha sido absorbida hace poco por el fabricante alemán de bombas de hormigón Putzmeister.
Por eso a día de hoy los chinos pueden seguir utilizando un emblema muy similar a la estrella de Mercedes.
El comprador de Volvo, Geely, utilizaba al principio un logotipo en blanco y azul que recordaba en gran medida a BMW; el asunto se dirimió en los tribunales y Geely tuvo que modificarlo.
El fabricante de ropa Lacoste perdió en China contra imitadores procedentes de Hong Kong y Singapur cuyo logotipo representaba un cocodrilo mirando en la dirección opuesta al original.
Las autoridades chinas no se sienten culpables.
La oficina de marcas CTMO en Pekín reconoce que en 2010 han tenido dificultades debido a la escasez de equipamiento y dotación de personal.
Ri Yong Ho, ministro de Exteriores norcoreano, dice que su nación nunca será el primero en llevar acabo el desarme nuclear si no puede confiar en Washington.
El año pasado, sin embargo, "la situación de emergencia laboral volvió a la normalidad".
De esta forma, la cantidad de procesos de reclamación sin tramitar se ha reducido en un 22%.
Casi 57.000 de estos casos se resolvieron resuelto, un 75% más que el año anterior.
Sin embargo, 81.500 reclamaciones siguen pendientes de resolución.
Luchar contra esto cuesta mucho dinero
Como suele ser habitual en China, las cifras son sorprendentes.
Se trataría de un nuevo récord y significa que China lidera por décimo año consecutivo la lista de nuevas inscripciones en todo el mundo, según señala la oficina de marcas.
Parece que esto también ocurre con el número de logos válidos, cifra que asciende a 5,5 millones en total.
En 2011 se habrían embolsado 1.800 millones de yuanes en concepto de derechos.
Dicho de otra forma, esto significa que de media cada inscripción cuesta 1.280 yuanes o 160 euros.
Luchar contra esto cuesta mucho dinero, tal y como demuestra el caso de la empresa familiar alemana Freudenberg.
Desde hace más de siete años el grupo pelea en los tribunales contra un imitador chino.
Si bien los alemanes han conseguido detener la fabricación ilegal de piezas de automóvil de imitación,
el imitador ha logrado asegurarse los derechos chinos sobre la marca Freudenberg.
"Nosotros mismos hemos provocado esta situación porque en Alemania los apellidos no están protegidos", señala Hanno Wentzler, Presidente y Consejero Delegado de Freudenberg Chemical Specialities en Múnich.
La oficina de marcas CTMO también desestimó el recurso de los muniqueses.
En las dos siguientes instancias le han dado la razón a Freudenberg, pero la parte contraria sigue peleando en la actualidad.
Hay que tener muchísimo cuidado
Ahora el caso ha llegado a las puertas del Tribunal Superior de Justicia.
Donde sigue pendiente de resolución.
Wentzler confía en poder resolver favorablemente la cuestión y alaba la profesionalidad de los tribunales.
Sin embargo, también afirma que "el procedimiento es extremadamente costoso, tanto en términos de dinero como de tiempo".
Resulta difícil estimar los costes internos; el archivo empresarial ha tenido que revisar expedientes de hasta cien años de antigüedad para poder aportar pruebas.
Hace cinco años Freudenberg ofreció a la parte contraria una "suma de seis cifras en euros" con el objetivo de llegar a un acuerdo amistoso, pero no tuvo éxito.
"Esto demuestra lo mucho que nos importa", señala Wentzler.
Los peligros que acechan en Extremo Oriente amenazan incluso con afectar a Europa,
concretamente si los imitadores se aseguran allí los derechos sobre marcas no protegidas.
Así, un fabricante chino intentó registrar en Alemania el nombre Freudenberg para zapatos y productos de piel.
Hace tiempo que el grupo abandonó este ámbito comercial, no obstante logró impedir la inscripción.
"Hay que tener muchísimo cuidado", afirma Wentzler.
Tanto él como el abogado Pattloch recomiendan a las empresas alemanas que sean sumamente prudentes a la hora de hacer negocios con China.
No basta con confiar en la legislación internacional sobre derechos de marca.
Sino que lo que hay que hacer es "registrar también en China todo aquello que pueda ser susceptible de protección", tal y como apunta Wentzler.
De lo contrario, el tema puede resultar mucho más caro que un simple registro.
De hecho, en caso de que Freudenberg perdiera el último asalto de su batalla particular, entonces tendría que pagar a la parte contraria derechos de licencia por su propio nombre, tal y como explica Wentzler.
Eso o en el segmento en cuestión nos expulsarían del mercado.
Día mundial de la lucha contra el SIDA: bailar, cantar, ayudar
En Heidelberg ensaya el coro Imbongi y en Suazilandia se alegran los huérfanos del SIDA
La historia de un vínculo capaz de que superar mucho más de 8.733 kilómetros de distancia.
Primero se empieza por el baile: botas de cowboy, zapatillas de baloncesto, zapatos de tacón y mocasines buscan el compás sobre el suelo de parquet, y lo encuentran rápidamente.
Un, dos, tres, cuatro.
Solo entonces comienzan a elevarse lentamente las voces de los cantantes (contralto, bajo, tenor y soprano), arremolinándose, entorpeciéndose y siguiéndose unas a otras. Y Fiete Hopf, el director de 29 años, amenaza con salirse casi de sus casillas al intentar poner orden con su gestos enérgicos y suaves.
Es lunes por la tarde y en la sala de música del Instituto de Psicología Médica de Heidelberg el coro Imbongi ensaya una nueva canción.
También han llegado los cincuenta cantantes, de entre 23 y 69 años, desde la genetista humana hasta el amo de casa.
