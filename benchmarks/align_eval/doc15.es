Se ha criticado la prohibición fáctica de utilizar la expresión "mantequilla de untar" o la retirada de la bombilla clásica de los comercios.
Un plátano de calidad debe tener una longitud de 14 centímetros.
El aparato de la Unión toma este tipo de decisiones a menudo bajo la presión de uno u otro lobby mercantil o industrial, cuyas peticiones en Bruselas son defendidas normalmente por algún estado o grupo de estados (la República Checa, incluso con la amenaza de veto, reivindica las exigencias de sus bancos).
Los marineros vigilan un cuartel general naval en La Paz.
Los intereses de un lobby estaban detrás de la petición, por ejemplo, de que los plátanos de mayor calidad debían tener en la UE una longitud de por lo menos 14 centímetros y no podían presentar "curvaturas anormales".
La Comisión Europea se defendió diciendo que con esto sólo busca armonizar las normas nacionales no homogeneizadas hasta la fecha, que sólo complicaban su comercialización.
Las normas que hacen referencia a frutas y verduras en la UE, a pesar de la oposición de algunos estados, se han suavizado sobre la base de que la directiva existente conlleva un desperdicio de comestibles.
El candidato a ganar la encuesta podría ser la prescripción de la EU del año pasado según la cual en los globos inflables que se comercializan es obligatorio advertir que los niños menores de 8 años no están autorizados a inflarlos sin la supervisión de un adulto.
La EU hacía referencia aquí a un estudio americano según el cual, cuando se habla de juguetes, los globos son la principal causa de muerte infantil por asfixia.
También es vigente una restricción similar aplicable al uso de matasuegras por parte de niños de hasta 14 años.
Ocurrencias curiosas nacen incluso en nuestro país
Igualmente absurdo es el reglamento referente a los funcionarios europeos: todo aquel que tenga alguna función oficial en la UE no puede utilizar la denominación de Macedonia. Para no herir la sensibilidad de Grecia, se debe hablar de FYROM (Former Yugoslav Republic of Macedonia).
El servidor Bankovnípoplatky.com, en colaboración con la asociación de economistas liberales Laissez Faire, nominó en la encuesta, entre algunas propuestas absurdas mencionadas más arriba, la prescripción de la Unión sobre el volumen de las provisiones de alimentos en el territorio de un estado miembro.
La UE determinó los volúmenes máximos de provisiones de alimentos que pueden hallarse en el territorio de la República Checa el mismo día de nuestra entrada a la UE.
Después, la República Checa sobrepasó, por ejemplo, el volumen establecido para setas en conserva, lo que le supuso una amenaza de multa sustancial.
A los organizadores de la encuesta también les interesó la ocurrencia de pagar a aquellos países que no tengan acceso al mar y la idea de otorgar una subvención para la solicitud de subvenciones.
Este clase de ideas no surgieron en Bruselas sino en Praga.
"Estamos en desventaja por el hecho de no tener mar.
Solicitamos a la Unión Europea una compensación", declaró en otoño del 2004 el entonces ministro de agricultura Jaroslav Palas (ČSSD).
Lo argumentó con el hecho de que en nuestro país se producía mucho cereal y, como consecuencia de las llamadas compras de intervención, el estado tenía los almacenes llenos y se tenía que exportar.
Según Palas, dado que la República Checa está lejos de los puertos marítimos, la UE debería pagarnos cientos de millones de euros.
Al final, la Comisión Europea se mostró dispuesta a ayudar a la República Checa y organizó un concurso público para la compra del cereal de los países que no tienen acceso al mar.
La subvención para recibir una subvención fue propuesta a los municipios por el ministerio para el desarrollo local dirigido por el ministro Pavel Němec (US-DEU). Concretamente, está destinada a la redacción de solicitudes de subvenciones de Bruselas.
UE: Las prescripciones raras son una excepción
Las directrices de los estados miembros son a menudo blanco de críticas, los esfuerzos de la UE en materia de regulaciones y, asimismo, un funcionamiento y desarrollo más efectivos en toda la Unión merecen más bien, según varios expertos, nuestro reconocimiento.
Según los expertos, el problema más grave es, por ejemplo, el cobro de subvenciones de la UE para proyectos que no tienen nada que ver con la profundización de la integración europea, pero que los estados miembros han conseguido en las negociaciones sobre presupuestos.
A los checos también les toca la fibra sensible, del mismo modo que a otros países de la Unión, la lucha por el derecho a la denominación de origen de sus productos tradicionales, aunque nuestro país no siempre haya salido victorioso de estas pugnas.
Los checos, tras seis años de disputas con alemanes y austriacos, defendieron con éxito la denominación de origen del requesón de Olomouc, pero tuvieron que cambiarle el nombre al ron nacional, cuya tradición en nuestro país se remonta al siglo XIX, y pasó a llamarse "tuzemák".
Sólo los productos elaborados a partir del destilado de caña de azúcar pueden ser denominados ron, pero no aquellos hechos a partir de remolacha de azúcar.
En el listado oficial de denominaciones de origen protegidas de la UE, junto con los quesos feta y gorgonzola conocidos en todo el mundo, el mazapán de la ciudad alemana Lübeck o el jamón de Parma, ya se encuentran por ejemplo las galletas de Karlovy Vary, la carpa de Pohořelice y de Třeboň e, incluso, la variedad de lúpulo de Žatec.
Como maras protegidas de la UE, podrán estar orgullosos del el pan de jengibre de Pardubice y los barquillos de Hořice v Podkrkonoší.
La gente quiere que salve la república, pero soy un aficionado, afirma Okamura
Señor senador, ¿cómo se le ocurrió presentarse a las elecciones para presidente?
No se trata de ser senador o presidente.
Si en nuestro país fuera todo bien, entonces no presentaría mi candidatura.
Pero ya no puedo soportar ver cómo se roba en los últimos veinte años en nuestro país, cómo los ladrones quedan impunes, se aumentan los impuestos y la edad de jubilación.
No tenía ambiciones de ser político.
Cuando veo algo que no me gusta, intento dar con una solución para cambiarlo.
Y puesto que ya tengo cuarenta años y mi candidatura es independiente, la única posibilidad que tengo de cambiar las cosas es presentarme como senador o presidente.
Al Senado ya ha llegado, pero poco después se ha puesto en camino hacia la presidencia.
¿No está dando la espalda a aquellas personas que lo han votado?
Siempre dije que mi candidatura a la presidencia dependía de los resultados en las elecciones del senado.
Puede que estas esperanzas sean las mayores en décadas, ya que Bolivia espera una resolución del Tribunal Internacional de Justicia para el uno de octubre, tras cinco años de deliberaciones.
Más tarde precisé que si salía elegido senador, presentaría mi candidatura a la presidencia.
Pero mi objetivo no es la función; la función es la herramienta con la que puedo hacer realidad mis propias ideas.
Por eso necesito la mayor influencia posible y el mandato más fuerte posible.
El problema no es solo que seamos una nación que criticamos en el bar o delante de la televisión, sino que pisoteamos a cualquiera que quiera iniciar un cambio.
A esto se le suman los medios de comunicación, que te desprestigian y confunden la libertad de expresión con la libertad de mentir.
De mí se dice que he sobornado a periodistas o que he sido asesor de Jiří Paroubek.
El expresidente Eduardo Rodríguez Veltzé, representante de Bolivia en La Haya, rechazó la idea de que la toma de decisiones del tribunal fuese inusualmente rápida.
Vamos a hablar de sus ideas.
Se presenta a la lucha presidencial con tesis financieras y responsabilidades penales de políticos y la declaración de la propiedad por encima de veinte millones.
Para ello debe cambiar la ley.
Como presidente no tiene esta competencia y sólo el senado en su conjunto puede proponer leyes.
¿Cómo quiere resolverlo?
“Estamos muy cerca de volver al océano Pacífico”, prometió a finales de agosto.
Como ciudadano, he formado parte de un grupo de presión para que el oficio de guía se reconociera como trabajo autónomo, y lo conseguimos.
El problema está en la política: si alguien llega con una buena propuesta, ya sea de derechas o de izquierdas, se rechaza a propósito y esto afecta a los ciudadanos.
Como candidato independiente, dispongo de un mayor potencial para obtener el apoyo de todos los grupos parlamentarios.
Sin encasillamientos ni dogmas de partido, tengo la capacidad de poder escoger algo de cada partido que sea mejor para nuestro país y aplicarlo.
¿Se considera más bien un hombre de derechas o de izquierdas?
Desde el punto de vista checo, tengo la impresión que la gente me considera más de izquierdas.
Para mí no tiene importancia, ya sea un poco de izquierdas o un poco de derechas.
Evo Morales, el carismático presidente indígena de Bolivia, que libra una controvertida batalla por la reelección el año que viene, también tiene mucho que decir sobre la resolución del lunes.
Lo que me importa es que salgamos adelante.
No me importa si alguien es de derechas o de izquierdas, quiero unir a la gente.
Siempre apoyo abiertamente cualquier solución buena, independientemente de si la propuesta viene del KSČM o de la ODS y, del mismo modo, estaré en contra de las malas ideas.
Hace broma cuando se dice de Ud. que es populista.
¿Pero no lo está demostrando con lo que dice?
