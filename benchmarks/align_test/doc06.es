A excepción de las distintas imágenes y advertencias sanitarias, la única diferencia entre las cajetillas, obligatorias desde el sábado, son los nombres de las marcas, todos ellos impresos en un tipo de fuente pequeño. Se trata del régimen más estricto del mundo aplicado al empaquetado de tabaco.
El gobierno federal de Australia afirma que el objetivo es disuadir a los jóvenes de fumar mediante la eliminación de los rasgos que hacen que este hábito tenga glamour.
Confía en estudios que demuestran que si una persona no ha empezado a fumar antes de los 26 años, existe un 99% de posibilidades de que nunca lo haga.
"Se puede ver que los niños, incluso desde muy temprana edad, comprenden el mensaje que la empresa tabacalera está intentando vender a través de su marca", afirmó la ministra de Sanidad federal, Tanya Plibersek, citando estudios que mostraban, por ejemplo, cómo las niñas relacionaban el logo de una corona con la idea de ser una princesa.
A pesar de que Australia cuenta con una de las tasas de fumadores más bajas del mundo y que estos cambios no afectarán demasiado a los beneficios de las multinacionales, otros países están considerando tomar medidas similares.
La industria tabacalera ha ejercido una presión enorme en contra de la ley.
Las empresas tabacaleras afirmaron que la ley fomentaría el mercado negro de tabaco, en el que los cigarrillos serían más baratos y más accesibles.
"La legislación acarreará graves consecuencias involuntarias", dijo Scott McIntyre, de la British American Tobacco, en Australia.
Aumentará la cantidad de tabaco que traerán los falsificadores de China e Indonesia para venderlo en las calles de Australia.
Otras personas dicen que su negocio se ha beneficiado tras la aprobación de la ley.
Sandra Ha, de Zico Import Pty Ltd, una pequeña empresa familiar, afirmó que la demanda de pitilleras y cubiertas de silicona para tapar las desagradables imágenes de las cajetillas se había disparado casi desde cero hace dos meses, cuando la British American Tobacco, Britain's Imperial Tobacco, Philip Morris y Japan Tobacco perdieron una recusación a la ley en el Tribunal Supremo de Australia.
La Sra. Ha afirmó que Zico había vendido hasta 6.000 unidades a establecimientos mayoristas y que estaba esperando más existencias.
"Para nosotros es un buen negocio".
Según los expertos, el posible obstáculo es la popularidad de las redes sociales entre el sector demográfico al que se dirige el plan.
Tras una serie de leyes australianas que prohíben la publicidad en la televisión y el patrocinio de deportes y que obligan a la mayoría de vendedores a no poner los cigarrillos a la vista, el marketing del tabaco ha pasado a realizarse en línea.
Australia ha prohibido la publicidad en Internet a empresas y páginas web locales, pero no puede restringirla en páginas extranjeras.
"Si comercializas tabaco y tan sólo te queda esta pequeña ventana para promocionar tus productos, el espacio en línea es el lugar más convincente en el que estar", dijo Becky Freeman, investigadora de sanidad pública de la Universidad de Sydney.
Freeman observó un aumento de reseñas sobre marcas procedentes de "ciudadanos de a pie" publicadas en páginas web de redes sociales como YouTube, Twitter y Facebook.
Cabe preguntarse si se trata tan sólo de un ciudadano privado a quien realmente le encantan los cigarros Marlboro y se ha tomado la molestia de realizar un vídeo o si alguna empresa de marketing está detrás de todo ello.
La British American Tobacco de Australia indicó que la industria se centra más en lo que implica la normativa nueva que en el marketing.
La industria ha llegado incluso a pagar para que Ucrania, Honduras y la República Dominicana recusen las nuevas normas; estos países están afirmando ante la Organización Mundial del Comercio que se está restringiendo el comercio injustamente, a pesar de que ninguno de estos países tiene un volumen de comercio significativo con Australia.
Es probable que la OMC dicte una resolución a mediados de 2013.
Plibersek afirmó que el gobierno había mantenido conversaciones con otros países que están considerando aplicar leyes similares en materia de empaquetado de tabaco.
En el año 2001 Canadá se convirtió en el primer país que introdujo la obligatoriedad de incluir imágenes en las cajetillas.
Actualmente son obligatorias en más de 40 países, entre los que se encuentran Brasil, Turquía y Ucrania.
En Gran Bretaña, Nueva Zelanda, Sudáfrica e India se está considerando aplicar leyes más duras.
En Australia muchos fumadores se muestran desafiantes.
"Las fotografías no me afectan.
Sencillamente no les hago caso".
"Coges el cigarro y guardas el paquete", dice Victor El Hage mientras compra un paquete con la imagen de un tumor en la boca.
"Sinceramente, solamente hay una razón por la que dejaría de fumar: por mi hija."
James Yu, gerente del estanco King of the Pack en el centro de Sydney, indica que las cajetillas uniformes hacen que le resulte más complicado colocarlas en las estanterías. "Normalmente tardaba una hora en desenvalar una entrega; ahora tardo cuatro", afirma Yu.
"El gobierno debería haber prohibido totalmente el tabaco y entonces, ya está, vale, se acabó y cerramos la tienda", dice mientras levanta las manos hacia arriba.
En un mundo constantemente conectado, no está tan mal aburrirse un poco
Durante las fiestas del día de Acción de Gracias de este año, de forma inesperada tuve que pasar cinco horas en un aeropuerto porque el avión en el que volábamos sufrió un problema mecánico y tuvimos que esperar a que llegara otro avión.
Así que tuve muchísimo tiempo para pensar en el aburrimiento.
No os voy a mentir.
Pasarse medio día en un aeropuerto esperando a que llegue un vuelo es bastante aburrido, incluso si tienes medios para estar entretenido, como libros, revistas o iPhones, sin olvidarnos de las tiendas duty-free. Pero cada vez hay más académicos y expertos en desarrollo infantil que elogian las bondades del aburrimiento.
Según ellos, está bien que, tanto nosotros como nuestros hijos, nos aburramos de vez en cuando.
Aburrirse obliga al cerebro a buscar opciones interesantes y puede que fomente la creatividad.
Dado que, actualmente, la mayoría de nosotros estamos conectados a esta o a aquella pantalla, no experimentamos los beneficios que aporta el aburrimiento.
Así que, ¿deberíamos aceptar de buen ánimo el aburrimiento?
Sí.
Y no.
Pero, ya hablaremos de ello más adelante.
En primer lugar, al igual que mucha gente, suponía que, ahora que disponemos de más tiempo para el ocio, el aburrimiento sería un fenómeno relativamente reciente.
Pero, tal y como afirma Peter Toohey, catedrático de Historia griega y romana de la Universidad de Calgary, en Canadá, y autor del libro "Boredom: A Lively History" ("El aburrimiento, una historia animada") publicado en 2011 por Yale University Press, no es así.
"De hecho, la historia del aburrimiento es muy extensa", afirma.
En los muros de Pompeya existen graffitis en latín sobre el aburrimiento que datan del siglo I d.C.
También debemos plantearnos cómo definimos el aburrimiento.
"El problema es que ya se ha definido y discutido de muy diversas maneras", indica John D. Eastwood, profesor de Psicología de la Universidad de York en Ontario, Canadá. Tras examinar las investigaciones publicadas y plantear la idea ante un grupo de discusión formado por 100 personas, el Profesor Eastwood y sus colegas definieron el aburrimiento como la experiencia de "desear, pero no poder, participar en una actividad que te llena".
Afirma que la diferencia entre el aburrimiento y la apatía es que la persona no hace algo pero quiere hacerlo.
Señala que con la apatía no existe el deseo de hacer algo.
La experiencia principal del aburrimiento, afirma, es "la alteración del proceso de atención, asociada a un bajo estado de ánimo y a una sensación de que el tiempo pasa lentamente".
El aburrimiento puede sonar terriblemente parecido a la depresión.
Sin embargo, el Profesor Eastwood dice que, aunque puedan estar relacionados, las personas que están aburridas tienden a ver el problema como una cuestión del entorno o del mundo, mientras que las personas que están deprimidas consideran que el problema lo tienen ellas.
A veces creemos que estamos aburridos, cuando lo que nos sucede en realidad es que tenemos problemas para concentrarnos.
En su estudio "The Unengaged Mind: Defining Boredom in Terms of Attention", publicado en la edición de septiembre de la revista Perspectives on Psychological Science, el Profesor Eastwood y sus colegas se remitieron a un experimento anterior en el que los participantes escuchaban una cinta de una persona que leía el artículo de una revista.
Algunos grupos escucharon en la sala contigua un programa de televisión a todo volumen que no guardaba ninguna relación, otros lo escucharon con el volumen bajo, de modo que apenas era perceptible, mientras que el tercer grupo no escuchó el audio en ningún momento.
El grupo que escuchó el programa con el volumen bajo mostró más aburrimiento que los otros dos grupos; les costó concentrarse, pero no estaban seguros de por qué y lo atribuyeron al aburrimiento.
"Cuando intentas concentrarte en una tarea difícil o interesante, la alteración de la atención puede llevar al aburrimiento", indicó Mark J. Fenske, profesor de Neurociencia de la Universidad de Guelph, en Ontario, y uno de los autores del estudio.
"Por otro lado, cuando estás haciendo algo aburrido, como detectar piezas defectuosas en una línea de fabricación, una música que te distraiga te puede ayudar a no aburrirte".
"De hecho, actualmente sabemos que moverse o hacer garabatos, acciones que a menudo se interpretan como signo de aburrimiento, pueden en realidad ayudar a combatirlo, ya que hacen que esa persona esté físicamente más alerta". "Las investigaciones demuestran que aquellos niños a los que se les permite moverse aprenden más y retienen más información que aquellos a los que se les obliga a estar quietos", afirma el Profesor Fenske.
Todos sabemos lo que es aburrirse en algún momento: el retraso de un avión, un orador monótono, una película especialmente aburrida.
Pero algunas personas tienen más tendencia a aburrirse que otras.
Para ayudar a medirlo, algunos investigadores desarrollaron en los años 80 una "escala de tendencia al aburrimiento".
La escala incluye cuestiones como "muchas de las cosas que tengo que hacer son repetitivas y monótonas" y "hay tantas cosas que me interesan que no tengo tiempo de hacerlo todo".
Stephen Vodanovich, profesor de Psicología de la Universidad de West Florida, afirma que, utilizando dichas escalas, los investigadores han descubierto que los chicos tienen más tendencia a aburrirse más a menudo que las chicas, y concretamente necesitan más estimulación externa y más variada.
Pero, en general, los adolescentes son un tipo de grupo que se aburre con bastante facilidad.
En 1991, Reed Larson, profesor de Desarrollo humano y comunitario de la Universidad de Illinois, llevó a cabo un experimento en el que se ponía en contacto con 400 adolescentes y con sus padres entre siete y ocho veces al día mediante un busca.
Descubrió que el 32 por ciento de los adolescentes decía que se aburría mientras estaba en la escuela o haciendo los deberes, mientras que el 23 por ciento decía que se aburría cuando no estaba en la escuela.
Por otro lado, el 3 por ciento de los padres decían que se aburrían.
El Profesor Larson dijo que no sabía si los porcentajes de aburrimiento actuales, 21 años después, serían superiores o inferiores.
Pero dijo que lo que sí sabía era que "la adolescencia es un periodo en el que el aburrimiento alcanza su cotas más altas", en gran parte debido a que tanto a los niños como a los adolescentes no se les da un gran control sobre lo que quieren hacer.
Así que, volviendo a mi pregunta del principio: ¿es bueno aburrirse?
A veces no lo es, ya que, llevado al extremo, puede hacer que nos expongamos a riesgos físicos absurdos, como hacer apuestas o caer en el consumo de sustancias como método para combatirlo, tal y como demuestran las investigaciones.
Por otro lado, muchos filósofos y escritores hablan de la conexión entre el aburrimiento y la creatividad, según afirma el Profesor Vodanovich, que ha estado estudiando esta cuestión durante más de dos décadas.
"El aburrimiento es la manera que tiene el cerebro de decirte que deberías estar haciendo otra cosa", dice Gary Marcus, profesor de Psicología de la Universidad de Nueva York.
Pero el cerebro no siempre sabe qué es lo más apropiado.
Si estás aburrido y utilizas esa energía para tocar la guitarra o cocinar, eso te satisfará.
Pero si ves la televisión, es posible que te satisfaga a corto plazo, pero no a largo plazo.
"Así que, si tu hijo está aburrido y le das un iPad, es posible que ya no se aburra, pero no habrá aprendido a entretenerse por sí mismo o a dosificarse", afirma el Profesor Fenske.
Y "esa capacidad de dosificarse se aplica a otras situaciones", señala. Tu hijo no sólo aprende a entretenerse por sí solo, sino que aprende a controlarse mejor en otras áreas.
No creo que realmente queramos alabar el aburrimiento.
Pero tampoco deberíamos ser demasiado críticos con él.
Nuestro objetivo debería ser, más bien, el de sentirnos cómodos apartados del rumor constante de las actividades y las tecnologías.
El profesor Eastwood está de acuerdo.
"A nuestro modo de ver, necesitamos aburrirnos más, pero el aburrimiento es un deseo demasiado angustioso e inquietante como para relacionarlo con algo que merece la pena", afirma.
Señala que lo que la gente realmente busca es una manera de desconectar y de disfrutar de un tiempo muerto.
"En un entorno en el que estamos constantemente sobreestimulados", afirma, "es difícil encontrar formas de centrar nuestra atención cuando el ruido cesa".
Colorado: sin libro de instrucciones para la nueva ley sobre el consumo de marihuana
Anthony Orozco, estudiante de 19 años en un instituto comunitario y futbolista del sudeste de Colorado, se enfrenta a un proceso penal por algo que pronto será legal en todo el estado: la posesión de unas piedras de marihuana y una pipa que utilizaba para fumarla.
Orozco dice que un día de septiembre, él y algunos amigos conducían por Lamar, en las llanuras cercanas a la frontera de Kansas, cuando los paró la policía.
La policía encontró marihuana en el coche y un tiempo después Orozco recibió una citación judicial por posesión de drogas y artículos relacionados (delitos menores que conllevan cada uno una multa de 100 dólares estadounidenses) en la que se le informaba de la fecha del juicio. "Nos tratan como a criminales", dice Orozco.
¿Y lo son?
En las semanas de incertidumbre siguientes a la votación que tuvo lugar en Colorado para la legalización de la tenencia de pequeñas cantidades de marihuana para uso recreativo, la respuesta en cientos de causas menores por tenencia de drogas depende menos de la ley que de la ubicación.
Cientos de delitos menores por posesión de marihuana se están anulando tanto aquí como en el estado de Washington, donde se aprobó una medida similar.
Los departamentos de policía han dejado de presentar cargos contra los mayores de 21 años por posesión a pequeña escala, que se aprobará legalmente una vez la ley haya entrado en vigor en las próximas semanas.
Pero los fiscales de distritos más conservadores de Colorado se han comprometido a seguir adelante con los casos abiertos por posesión de marihuana y todavía están citando a personas.
Al mismo tiempo, varias ciudades, desde los suburbios de Denver hasta las montañas occidentales, están votando para impedir que se abran tiendas de marihuana, autorizadas recientemente, en sus comunidades.
"Todo esto está cambiando tan rápidamente que no sé qué será lo siguiente", dijo Daniel J. Oates, jefe de policía en Aurora, justo al este de Denver.
