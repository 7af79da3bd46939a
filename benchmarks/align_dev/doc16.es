Para que la mentira pareciera veraz, se escribió sobre el proyecto cinematográfico en revistas especializadas, se organizaron conferencias de prensa, la sociedad de producción ficticia tenía incluso un despacho real.
Los detalles sobre la operación se mantuvieron en secreto durante mucho tiempo, la película se ha hecho a partir de los recuerdos de Tony Mendez.
La película de Affleck es una combinación singular de varios géneros.
Por un lado, un thriller político realista; por otro, un llamado "caper movie", la historia de un episodio que salió bien, un engaño (un ejemplo puede ser la serie Ocean's Eleven).
En la película se combinan los estados de ánimo. Encontramos por un lado secuencias bien documentadas de Teherán. En la secuencia de créditos se muestran fotografías emblemáticas de la época de los acontecimientos, que fueron plasmados del mismo modo en la película; no hay muchas diferencias a este respecto.
Por el otro, escenas típicas de Hollywood un tanto más livianas, marcadas por la ironía y una leve exageración.
Y además, escenas de la central de la CIA y otras instituciones: hombres trajeados que analizan la situación en la mesa de negociaciones, en los pasillos de la oficina, por teléfono...
Ben Affleck ha conseguido reiniciar su carrera de un modo excelente.
El actor, que había sido objeto de burlas, se ha convertido en un director respetable y su modo de actuar ha dejado de ser el blanco de comentarios irónicos.
Argo es su tercer largometraje, después de "Adiós pequeña, Adiós" (2007) y el thriller "The Town. Ciudad de ladrones" (2010).
Al mismo tiempo, es la primera película de Affleck en la que la acción no tiene lugar en la ciudad de Boston, donde se crió.
Asimismo, la sensibilidad de captar la atmósfera del lugar era una característica que situaba a los directores de películas antiguas por encima de estándares de Hollywood.
Y Affleck lo demuestra en Argo, donde Teherán se "rueda" en Canadá.
Las mejores escenas de la película tienen lugar en las calles, en la reconstrucción de los acontecimientos verídicos. La secuencia introductoria de la toma de la embajada es impresionante por su capacidad sinóptica que, al mismo tiempo, trasmite la emoción del desconcierto y de la falta de previsión que surge cuando, en algún lugar, la historia da un paso adelante.
Affleck y sus colaboradores consiguen un efecto similar en las escenas ficticias (el equipo impostor en el bazar de Teherán).
Demasiada acción en demasiados lugares
El director tuvo que aceptar el hecho de que una historia explicada no ofrece mucho en el sentido cinematográfico de las escenas más intrigantes.
Y se las arregla bastante bien. A veces le añade algo a la realidad: aquí no sale todo de modo tan elegante (la escena en que acecha la crisis en el aeropuerto de Teherán, la desviación de una llamada a América y la búsqueda desenfrenada tras su pista se convierten en una locura).
La flaqueza de Argo es el descontrol que surge de la necesidad de mostrar demasiada acción en demasiados lugares.
Alan Arkin y John Goodman tienen un papel muy gracioso como colaboradores de Hollywood, aunque sus personajes se merecían más espacio y no son, ni mucho menos, los únicos en este filme.
Por estos motivos, la película de Affleck pierde un poco de trazo dramático, pero es un film que se puede seguir con un interés moderado, valorar su realización y el estilo retro de un thriller que evoca los años 70.
Pero que se derrumbe, eso será difícil.
Como evocación de una historia real y como prueba de lo exageradas que pueden ser las nociones de omnipresencia y omnisciencia de los servicios secretos, es suficiente.
Reglas para el inflado de globos, bananas y circo
El servidor www.bankovnipoplatky.com, que cada año presenta una encuesta sobre las tasas bancarias más absurdas, ahora ha decidido anunciar el concurso sobre "el reglamento o las ideas más absurdas del taller de la UE".
"Se nos ocurrió después del último acontecimiento, la UE tiene previsto aprobar una cuota del 40 por ciento de mujeres en puestos de dirección en las grandes empresas europeas", explicó Právo Patrik Nacher, el organizador de la encuesta.
Entre las absurdidades nominadas está, por ejemplo, la reciente decisión del tribunal europeo de unificar las pólizas de seguros entre hombres y mujeres.
Muchas de las coloridas máscaras tenían labios cosidos y recordaban más a Hannibal Lecter que a la alta costura.
Hasta ahora, las mujeres se aventajaban de mejores precios en los seguros de vida porque representan objetivamente un riesgo menor.
"Otras ideas increíbles del taller de la UE pueden ser propuestas por la gente hasta finales de este año".
La elección tendrá lugar a final del mes de febrero de 2013", informó Nacher.
Entre los reglamentos controvertidos de la UE está, por ejemplo, la adición obligatoria de biocomponentes al combustible que, como resultado, daña el medio ambiente.
Otra prohibición es la utilización de los termómetros de mercurio de toda la vida sólo porque contienen una pequeña cantidad de una substancia peligrosa o la directriz sombre el tamaño de las jaulas de las gallinas, que ha contribuido al incremento considerable del precio de los huevos este año.
Se ha criticado la prohibición fáctica de utilizar la expresión "mantequilla de untar" o la retirada de la bombilla clásica de los comercios.
Un plátano de calidad debe tener una longitud de 14 centímetros.
Washington se muestra receloso de aceptar la declaración sin que Pyongyang haga antes algún movimiento de desarme significativo.
El aparato de la Unión toma este tipo de decisiones a menudo bajo la presión de uno u otro lobby mercantil o industrial, cuyas peticiones en Bruselas son defendidas normalmente por algún estado o grupo de estados (la República Checa, incluso con la amenaza de veto, reivindica las exigencias de sus bancos).
Los intereses de un lobby estaban detrás de la petición, por ejemplo, de que los plátanos de mayor calidad debían tener en la UE una longitud de por lo menos 14 centímetros y no podían presentar "curvaturas anormales".
La Comisión Europea se defendió diciendo que con esto sólo busca armonizar las normas nacionales no homogeneizadas hasta la fecha, que sólo complicaban su comercialización.
Muchas de las coloridas máscaras tenían labios cosidos y recordaban más a Hannibal Lecter que a la alta costura.
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
Los sombreros grandes llegan pisando fuerte de mano de “La Bomba”, con un sombrero de paja con un ala de más de 60 centímetros usado por todas, desde Rihanna hasta Emily Ratajkowski.
UE: Las prescripciones raras son una excepción
Las directrices de los estados miembros son a menudo blanco de críticas, los esfuerzos de la UE en materia de regulaciones y, asimismo, un funcionamiento y desarrollo más efectivos en toda la Unión merecen más bien, según varios expertos, nuestro reconocimiento.
Según los expertos, el problema más grave es, por ejemplo, el cobro de subvenciones de la UE para proyectos que no tienen nada que ver con la profundización de la integración europea, pero que los estados miembros han conseguido en las negociaciones sobre presupuestos.
A los checos también les toca la fibra sensible, del mismo modo que a otros países de la Unión.
La lucha por el derecho a la denominación de origen de sus productos tradicionales, aunque nuestro país no siempre haya salido victorioso de estas pugnas.
Sólo los productos elaborados a partir del destilado de caña de azúcar pueden ser denominados ron, pero no aquellos hechos a partir de remolacha de azúcar. En el listado oficial de denominaciones de origen protegidas de la UE, junto con los quesos feta y gorgonzola conocidos en todo el mundo, el mazapán de la ciudad alemana Lübeck o el jamón de Parma, ya se encuentran por ejemplo las galletas de Karlovy Vary, la carpa de Pohořelice y de Třeboň e, incluso, la variedad de lúpulo de Žatec. Como maras protegidas de la UE, podrán estar orgullosos del el pan de jengibre de Pardubice y los barquillos de Hořice v Podkrkonoší.
La gente quiere que salve la república, pero soy un aficionado, afirma Okamura
Señor senador, ¿cómo se le ocurrió presentarse a las elecciones para presidente?
Si en nuestro país fuera todo bien, entonces no presentaría mi candidatura.
Pero ya no puedo soportar ver cómo se roba en los últimos veinte años en nuestro país, cómo los ladrones quedan impunes, se aumentan los impuestos y la edad de jubilación.
No tenía ambiciones de ser político.
Cuando veo algo que no me gusta, intento dar con una solución para cambiarlo.
Y puesto que ya tengo cuarenta años y mi candidatura es independiente, la única posibilidad que tengo de cambiar las cosas es presentarme como senador o presidente.
Al Senado ya ha llegado, pero poco después se ha puesto en camino hacia la presidencia.
¿No está dando la espalda a aquellas personas que lo han votado?
Siempre dije que mi candidatura a la presidencia dependía de los resultados en las elecciones del senado.
Más tarde precisé que si salía elegido senador, presentaría mi candidatura a la presidencia.
Pero mi objetivo no es la función; la función es la herramienta con la que puedo hacer realidad mis propias ideas.
Por eso necesito la mayor influencia posible y el mandato más fuerte posible.
El problema no es solo que seamos una nación que criticamos en el bar o delante de la televisión, sino que pisoteamos a cualquiera que quiera iniciar un cambio. A esto se le suman los medios de comunicación, que te desprestigian y confunden la libertad de expresión con la libertad de mentir.
De mí se dice que he sobornado a periodistas o que he sido asesor de Jiří Paroubek.
Vamos a hablar de sus ideas.
Se presenta a la lucha presidencial con tesis financieras y responsabilidades penales de políticos y la declaración de la propiedad por encima de veinte millones.
Para ello debe cambiar la ley.
Como presidente no tiene esta competencia y sólo el senado en su conjunto puede proponer leyes.
¿Cómo quiere resolverlo?
Como ciudadano, he formado parte de un grupo de presión para que el oficio de guía se reconociera como trabajo autónomo, y lo conseguimos.
El problema está en la política: si alguien llega con una buena propuesta, ya sea de derechas o de izquierdas, se rechaza a propósito y esto afecta a los ciudadanos.
Como candidato independiente, dispongo de un mayor potencial para obtener el apoyo de todos los grupos parlamentarios.
Sin encasillamientos ni dogmas de partido, tengo la capacidad de poder escoger algo de cada partido que sea mejor para nuestro país y aplicarlo.
¿Se considera más bien un hombre de derechas o de izquierdas?
Desde el punto de vista checo, tengo la impresión que la gente me considera más de izquierdas.
Para mí no tiene importancia, ya sea un poco de izquierdas o un poco de derechas.
Lo que me importa es que salgamos adelante.
No me importa si alguien es de derechas o de izquierdas, quiero unir a la gente.
Siempre apoyo abiertamente cualquier solución buena, independientemente de si la propuesta viene del KSČM o de la ODS y, del mismo modo, estaré en contra de las malas ideas.
