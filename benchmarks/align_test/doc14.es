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
Si en nuestro país fuera todo bien, entonces no presentaría mi candidatura.
No tenía ambiciones de ser político.
Cuando veo algo que no me gusta, intento dar con una solución para cambiarlo.
Y puesto que ya tengo cuarenta años y mi candidatura es independiente, la única posibilidad que tengo de cambiar las cosas es presentarme como senador o presidente.
¿No está dando la espalda a aquellas personas que lo han votado?
Siempre dije que mi candidatura a la presidencia dependía de los resultados en las elecciones del senado.
Más tarde precisé que si salía elegido senador, presentaría mi candidatura a la presidencia.
Pero mi objetivo no es la función; la función es la herramienta con la que puedo hacer realidad mis propias ideas.
Por eso necesito la mayor influencia posible y el mandato más fuerte posible.
El problema no es solo que seamos una nación que criticamos en el bar o delante de la televisión, sino que pisoteamos a cualquiera que quiera iniciar un cambio.
A esto se le suman los medios de comunicación, que te desprestigian y confunden la libertad de expresión con la libertad de mentir.
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
Hace broma cuando se dice de Ud. que es populista.
¿Pero no lo está demostrando con lo que dice?
Cuando se crea un plan empresarial para la empresa, tienes también ciertos objetivos e ideales.
Habrá quienes lo llamen populismo, pero todas las propuestas de las que hablo ya funcionan en el mundo o conocidos expertos hablan de ellas.
Pero sin el apoyo del parlamento sólo le quedan consignas.
Y con ello no puede sobrevivir en la política a largo plazo.
¿O cree usted que si se dirige a las personas y habla con ellas, conseguirá, por ejemplo, una responsabilidad penal y financiera?
No tengo otra opción.
Convencer a políticos, a periodistas y a la sociedad civil e intentar ponerlos de mi parte para conseguirlo.
Si fuera elegido presidente, no habría problema en organizar una retransmisión en directo por televisión en la cual pediría a los líderes de los partidos parlamentarios que legitimaran la responsabilidad penal y financiera para políticos, funcionarios, jueces y fiscales del estado.
Y, eventualmente, ellos tendrían que comunicar porqué no lo desean.
Si hay un personaje fuerte que señala las disputas, se puede hacer presión en la escena política.
Tomemos por caso la elección directa del presidente, que ha sido un logro de la presión pública.
Al mismo tiempo afirmo que sólo soy un aficionado, no soy ni un genio ni un intelectual.
Para mis opiniones e ideales intento buscar aliados.
Acabo de empezar en la política e intento obtener el mayor apoyo posible para mi programa.
Intento sacar las cosas adelante yo mismo, pero en caso de que no salga bien, dentro de seis años lo dejaré y volveré al sector privado.
No soy ningún salvador.
Sé que con una persona no hago nada, por eso he visitado a una serie de personalidades conocidas, por si a lo mejor se animaran a presentar su candidatura al senado.
Por mi parte, por lo menos he apoyado a la periodista de investigación Jana Lorencová, que sacó a la luz los fraudes con aceites ligeros de calefacción.
Me presenté partiendo de la base de que la gente está realmente insatisfecha, ahora estoy en la balanza.
El sesenta por ciento de la población no acudió a las urnas y, aquellos que lo hicieron, votaron a los representantes del establishment.
En el senado somos dos del sector independiente.
La gente eligió el senado, de tal modo que será complicado lograr cambios.
Sin embargo, yo defenderé mis propias ideas, como por ejemplo la elección directa de alcaldes o de gobernadores.
¿Está considerando formar su propio partido?
Aún no lo he considerado porque no tengo tiempo para ello, para comprobar el pasado intachable de cada uno de los potenciales miembros del partido, ni tampoco tengo dinero.
No tengo dinero ni para la campaña a la presidencia, en mi cuenta transparente sólo hay 20.000 coronas.
¿No tiene dinero?
Habla de declaraciones de la propiedad, ¿cómo es la suya?
Estimo mi propiedad privada en unos 60 millones.
En Praga tengo un terreno valorado en 25 millones, un piso valorado diez millones, otro piso tasado en ocho millones, una colección de obras de arte con un valor de diez millones, un Aston Martin de unos 3,5 millones y un Škoda Superb valorado en un millón, y en la cuenta tengo un par de millones.
Por cierto, tengo un Aston Martin porque era mi sueño de juventud. Siempre me gustó James Bond, que conducía este coche, era galante con las mujeres y, al mismo tiempo, luchaba contra los maldades e injusticias.
¿Conduce un Aston Martin, su propiedad está valorada en 60 millones y no tiene dinero para la campaña?
No es muy convincente.
No tengo 15 millones para la campaña.
¿Tengo que endeudarme?
En la campaña ya he puesto 2,5 millones.
El hecho de que no tenga ningún patrocinador demuestra que no hay demasiado interés en mi programa.
Y no tengo la obligación de pagar la campaña con dinero de mi bolsillo.
Los gastos de la campaña cubren en esencia lo que recibiré en concepto de sueldo de senador.
Pero no podría vivir de ello. Por ejemplo, no podría pagarle a mi hijo la escuela inglesa, que cuesta 30.000 coronas mensuales.
Si quisiera solamente ganar dinero, entonces no me presentaría como candidato.
¿Así que seguirá con su actividad empresarial para poder vivir?
¿No ha dicho antes que iba a dejar esta actividad?
Esto no tiene nada que ver con un sueldo mayor.
Como he prometido, en parte he dejado mis actividades.
Por ejemplo, el representante de mi agencia de viajes pasará a ser mi sustituto en primavera.
