Sin embargo, al otro lado del estado esa no es la impresión que tiene mucha gente sobre su antiguo gobernador.
En Nezahualcoyotl, conocida también como Ciudad Neza, el contraste con las calles adoquinadas de Valle del Bravo no podría ser mayor.
Escondida bajo tramos de autopista elevados es, en muchos sentidos, un suburbio de la propia Ciudad de México.
Y los problemas del municipio son también duros y urbanos.
A principios de este año se pidió la intervención de los militares para que ayudaran en la lucha contra las bandas de droga que operan en los barrios y la violencia contra las mujeres es especialmente grave.
En una parcela desértica, situada junto a un vertedero de basura, se han dejado abandonados en tan sólo los dos últimos años los cuerpos de docenas de mujeres asesinadas.
Más de 1.000 mujeres fueron asesinadas en el estado de México mientras el Sr. Peña Nieto era el gobernador, una tasa mucho más elevada que la de Ciudad Juárez, desgraciadamente famosa por su violencia y un lugar que es sinónimo de homicidio de mujeres inocentes.
Los críticos del Sr. Peña Nieto dicen, en el mejor de los casos, que no supo abordar el problema del feminicidio mientras estaba en el cargo.
Los más críticos acusan a su administración de hacer la vista gorda.
En una casa de hormigón, típica del deteriorado barrio, Irinea Buendía tiene que hacer esfuerzos para contener las lágrimas mientras me muestra fotografías de su hija fallecida, Mariana Luna.
Según la versión oficial de los hechos, Mariana se suicidó en 2010.
Sin embargo, su familia cree que su pareja la asesinó. "Cuando llegué a su casa, parecía como si le hubieran limpiado el cuerpo", recuerda la señora Buendía.
"Había signos de que había sido golpeada y el rigor mortis ya había aparecido".
Mientras su madre relata la historia, una fotografía de Mariana observa desde las paredes, junto a una cruz en la que se lee una única palabra: Justicia.
Sin embargo, eso es exactamente lo que la familia dice que se le ha negado.
"Las autoridades del estado me han tratado como si fuera una vieja chismosa, una alborotadora, una quejica.
"Pero eso no puede ser así cuando han habido tantas irregularidades y tanta negligencia", afirma.
La banda presidencial que el Presidente Peña Nieto recibirá el sábado vendrá acompañada de una enorme responsabilidad.
Decenas de miles de familias se han visto afectadas por crímenes violentos en México durante los últimos seis años y el nuevo presidente ha prometido darles prioridad durante su mandato.
"Espero que sea el mismo tipo de presidente que fue cuando era gobernador", dice el diputado del PRI Olvera en Valle del Bravo.
Sin embargo, eso es justamente lo que las familias de las víctimas de Ciudad Neza más temen.
Bradley Manning no denunció malos tratos, según afirman los fiscales
Los fiscales tratan de hacer frente a las denuncias de abusos de Bradley Manning durante su estancia en prisión
El juicio se centra en el periodo de Manning en la prisión militar de Quantico en Virginia
La defensa quiere que se desestime el caso basándose en que el encarcelamiento de Manning fue severo
El soldado del ejército está acusado de robar miles de documentos confidenciales.
Los fiscales trataron de demostrar el viernes que el soldado Bradley Manning, acusado de la mayor filtración de información confidencial en la historia de los Estados Unidos.
Perdió múltiples oportunidades de denunciar los malos tratos que ahora alega que sufrió mientras se encontraba bajo detención militar.
Durante el interrogatorio que la fiscalía realizó a Manning en una vista previa al juicio en Ft. Meade, Maryland.
El fiscal Comandante Ashden Fein afirmó que los registros de las visitas semanales de oficiales de la unidad que Manning recibió durante nueve meses de detención en Quantico, Virginia, no muestran ninguna denuncia sobre el trato que recibía.
El interrogatorio, que se llevó a cabo durante una vista realizada a raíz de la petición de la defensa de que se desestimara el caso dado que su encarcelación había sido dura y que ello ya había supuesto suficiente castigo, llegó un día después de que Manning hubiera testificado que había pensado en suicidarse mientras estaba detenido.
El analista de inteligencia del ejército, arrestado en junio de 2010, está acusado de robar miles de documentos confidenciales mientras estaba de servicio en Irak.
Más tarde, WikiLeaks publicó el material en Internet.
WikiLeaks no ha confirmado nunca que Manning fuera la fuente de información.
"Creo que a los jugadores más jóvenes les ha encantado tenerlo como apoyo, también esta semana; fue divertido.
En la vista del viernes, Fein revisó con Manning los formularios que los oficiales rellenaban después de las visitas a Manning durante su arresto en la prisión militar de Quantico.
Donde estuvo encarcelado en régimen de máxima reclusión desde julio de 2010 a abril 2011.
Los oficiales habrían realizado preguntas a Manning y anotado sus respuestas.
Cuando el viernes Fein preguntó sobre los formularios, Manning reconoció que había calificado el tratamiento que le daban los celadores como "excelente" y el tratamiento recibido en las instalaciones en general como "muy profesional".
Los formularios no muestran ninguna denuncia de malos tratos, a pesar de que los oficiales preguntaron a Manning directamente sobre el tratamiento que recibía, afirmó Fein.
Manning respondió que había expresado su preocupación sobre algunas cuestiones y que los oficiales que le visitaban habían hablado de esos problemas y le habían indicado que se tratarían, pero que ellos no dejaron constancia de esas cuestiones en el registro.
"Escribían 'sin incidencias' (después de haber hablado de los problemas) pero esto no significa necesariamente que yo no hubiera mencionado ningún problema", dijo Manning.
La juez, Coronel del Ejército Denise Lind, también preguntó a Manning por qué no había denunciado el tratamiento que recibía durante la reunión que tuvo lugar en enero de 2011 con un consejo encargado de examinar las intenciones de suicidio que había expresado en un formulario meses antes.
Manning respondió que su intención durante aquella reunión era la de obtener la reducción del régimen de "prevención de lesiones" bajo el cual se encontraba.
Los militares dijeron que le habían puesto bajo ese restrictivo régimen, que se encuentra un grado por debajo del de vigilancia por posible suicidio, para garantizar su protección y la seguridad de otras personas.
"Quería que el estado mayor supiera que yo estaba bien y (quería) dejar de estar bajo prevención de lesiones... para poder disfrutar de lo que, desde mi punto de vista, es una mejor calidad de vida", dijo Manning.
Manning testificó el jueves sobre su arresto en Irak y su traslado a Kuwait, donde estuvo retenido durante casi dos meses antes de ser trasladado a la prisión militar situada en la base de los marines en Quantico, Virginia, en julio de 2010.
Dijo que había considerado suicidarse en Kuwait y que en una ocasión perdió el conocimiento debido al calor.
Dijo que el hecho de que no se le permitiera saber lo que le estaba pasando o lo que pasaba en el mundo exterior era muy angustioso.
"Mi mundo se redujo tan sólo al Campamento Arafjon, a esa jaula", explicó Manning el jueves.
"Creí que iba a morir en esa jaula".
Manning afirmó que, una vez trasladado a Quantico, pasaba la mayoría de los días en una pequeña celda, al menos durante 21 horas y a menudo durante 23 horas, sin compañía.
Manning dijo que tan sólo se le permitía tener un colchón, una manta, unas chancletas, algo de ropa y sus gafas.
