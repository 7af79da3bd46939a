También brincan de un lado a otro dos niños pequeños.
En la cocina preparan té para los invitados, un té que sirven en unos vasos típicos con forma abombada.
Los dientes de Mirzayeva son blancos y están perfectamente alineados y bajo el pañuelo esconde dos largas trenzas de pelo rubio oscuro que su hijo nos descubre orgulloso.
Siempre me he lavado el pelo con leche, por eso nunca se me ha caído y ha mantenido su color.
"Tampoco he utilizado nunca un champú", afirma Mirzayeva.
La pensión es suficiente para vivir
De siempre ha comido únicamente lo que producía en su propia granja: tomates, patatas y guisantes.
En toda mi vida no he ido nunca a hacer la compra a un supermercado.
Sin embargo, todo volvió a su cauce cuando el "querido padre", Heydar Aliyew, tomó el control de la situación.
Este tipo de propaganda suena raro en boca de una mujer mayor.
Sin embargo, en Azerbaiyán el culto que se profesa a la figura paternal de la nación, que dirige su país como un dictador, no conoce límites.
Éste se mantuvo en el poder hasta 2003, momento en el que cedió el testigo a su hijo Ilham.
Al menos las personas mayores de Azerbaiyán no saben lo que es la pobreza.
Mirzayeva cobra 230 manat (aproximadamente la misma cantidad en euros) en concepto de pensión mensual, una cantidad con la que se puede vivir bien teniendo en cuenta la situación aquí.
Y quizá el canoso hijo de Mirzayeva tenga razón: "en nuestra cultura los mayores son muy respetados".
Viven en una gran familia, son amados, reciben todos los cuidados necesarios y son felices.
Como si esto no fuera razón suficiente para mantenerse con vida muchos años...
En la Constitución falta la expresión "Derechos Humanos"
La revolución ha regresado al Cairo.
Manifestaciones que rivalizan entre sí en el Cairo ponen de manifiesto la tremenda división en la que está sumido el país.
El presidente egipcio no escatimó en patetismo.
"Debemos superar la transición.
Y que eso ocurra es mi responsabilidad, ante el pueblo y ante Dios", afirmó en la televisión pública.
Su discurso iba dirigido a todo el pueblo, sobre todo a los coptos cristianos, los liberales, los musulmanes ilustrados y los seculares.
Todos ellos, sumidos sin remedio hasta ahora en una confusa oposición, tienen miedo.
Miedo de una teocracia a orillas del Nilo por la gracia de la poderosa comunidad musulmana.
Tal y como explica Mohammed Mursi, casi pidiendo perdón, ha tenido que anular de forma temporal las competencias del Tribunal Constitucional y ampliar las suyas "para poder salvar la revolución".
Sin embargo, ni los egipcios ni el mundo entero saben muy bien lo que este ingeniero de 61 años con un título de doctorado otorgado por la Universidad del Sur de California quiere salvar realmente.
¿Pretende privar de su poder a la judicatura?
De hecho, los 234 artículos, cuya aprobación ha sido forzada por una asamblea constituyente compuesta por 100 miembros predominantemente islamistas en una reunión nocturna de 15 horas de duración, son verdaderamente preocupantes.
Como en anteriores constituciones, en el borrador también se dice que la jurisprudencia se basa en los "principios del derecho islámico".
Sin embargo, ¿qué significa eso de "principios"?
Esto estaba y sigue estando abierto a la interpretación y parece que los islamistas van a aprovechar esta vaga formulación, así como el margen de maniobra jurídico que lleva aparejado, para imponer una interpretación más estricta de la sharia.
Esto es al menos lo que sugiere un nuevo artículo añadido: en todas las cuestiones relativas a la sharia es obligatorio consultar a la Universidad Al-Ashar, la institución islámica más importante del país con un gran poder en todo el islamismo suní.
No tiene por qué ser así, pero esto puede significar que el clero controlaría la legislación, algo que - de hecho - tendría como resultado la incapacitación de la judicatura.
Gran parte del borrador de la constitución está abierto a la interpretación
Lo que también resulta problemático es que pretende mantener la jurisdicción militar.
Tras la caía del dictador hasta 11.000 civiles se encontraban detenidos en prisiones militares.
Tal y como establece el borrador, el Estado ha de proteger "la verdadera esencia de la familia egipcia" y "promover su moral y sus valores".
Se trata de una formulación tan imprecisa en términos jurídicos que con la ayuda de este artículo las instituciones estatales podrían incluso controlar los contenidos de la cinematografía y la literatura.
Hablando claro no se trata de otra cosa que de censura.
Por cierto que ningún artículo establece de forma explícita la igualdad entre hombres y mujeres.
En cambio otro prohíbe ofender o calumniar al Profeta Mohammed y a sus legados.
Sin embargo, no queda claro qué es una ofensa y cómo ha de ser sancionada.
Igual de dudosa es la formulación que prohíbe la "ofensa a las personas"
¿Es suficiente una caricatura del presidente o un chiste sobre un letrado?
Cuestión de interpretación, como muchas otras cosas en el borrador que ha sido presentado a Mursi para su firma y que según, sus palabras, "muy pronto" será presentado a los egipcios para ser sometido a referéndum.
"La revolución ha vuelto"
Hace semanas que la oposición está cerrando filas frente a la superioridad de los islamistas.
Diez mil personas se reunieron en una inusual armonía en la tarde del viernes en la plaza Tahrir del Cario y juraron hacer fracasar el Acta antes de que pueda entrar en vigor.
"La revolución ha regresado y terminaremos venciendo", afirma Hamdin Sabbahi, que ocupa el tercer lugar en las listas a las elecciones presidenciales.
El Nobel de la Paz y exdirector del Organismo Internacional de Energía Atómica, Mohamed El-Baradei, declaró que el borrador de la constitución debería estar "en el cubo de la basura de la historia".
A través de Twitter acusó a los seguidores de Mursi de querer liderar un "golpe de estado contra la democracia".
"Cuando convoque el referéndum iremos a su palacio y lo derrocaremos", afirma el opositor Jasser Said.
"Aún no estamos cansados, la sangre de nuestros hermanos aún no ha sido expiada", se citaba en los medios egipcios al político opositor Chaled Ali.
Y varios jueces anunciaron que no deseaban supervisar el referéndum, por lo que no se consideraría válido.
"El Corán es nuestra constitución"
Por su parte, la comunidad musulmana bien organizada hizo un llamamiento para celebrar una contramanifestación; por si acaso no en la plaza Tahrir, sino tras una oración al otro lado del Nilo, ante la Universidad de El Cairo.
