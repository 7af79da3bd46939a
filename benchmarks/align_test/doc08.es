Roja de vergüenza por dentro, admití que mis padres me habían "lavado el cerebro" y les llamé "viejos estúpidos".
La tregua duró poco tiempo.
Fue mi padre quien puso el último clavo en el ataúd de mi carrera universitaria en Oxford.
Por aquel entonces mi padre escribía dos columnas semanales en la prensa de Murdoch.
Mi puerta estaba cerrada con llave.
Yo estaba dentro acurrucada de miedo y, pasados cinco minutos, mis perseguidores desistieron.
Cuando se fueron hice la maleta y cogí el primer tren a Londres.
Nunca regresé.
Quizás me llaméis débil llorona.
Pero ninguna persona de 18 años debería verse sometida a tal nivel de intimidación y hostilidad en una institución educativa.
Lo que resulta aún más trágico es que era Oxford, que no sólo ha formado a 14 primeros ministros del partido Conservador sino que, a día de hoy, se esconde tras una reputación nada merecida de igualdad y libertad de pensamiento.
"Valentino prefiere la elegancia a la notoriedad"
Con motivo de la muestra "Valentino: Maestro de la Costura", que se ha inaugurado esta semana en Londres, ABC habla con Naty Abascal, Fiona Thyssen-Bornemisza y otras famosas clientas del diseñador italiano
Somerset House, antigua residencia de Isabel I de Inglaterra, es el único lugar en la capital británica digno de acoger una exposición sobre Valentino Garavani.
El diseñador lo ha reconocido durante la inauguración de "Valentino: Maestro de la Costura", una apoteósica retrospectiva que reúne más de 130 vestidos de alta costura creados por su "maison" durante los últimos 50 años.
"Adoro este palacio", dice con su inconfundible acento italiano.
Valentino siempre ha sentido fascinación por el enrarecido y lejano mundo de la nobleza.
En la primera sala de esta exposición, abierta hasta el próximo 3 de marzo, abundan cartas privadas y fotos con la firma de lo más granado de la aristocracia, desde la Princesa Salimah Aga Khan hasta Lord Snowdon, pasando por la Princesa Marie-Chantal de Grecia y Margarita de Inglaterra.
Valentino enseña esos recuerdos personales como trofeos de su ascenso social: de humilde modisto de la ciudad de Voghera, en el norte de Italia, a ídolo de la "jet-set" internacional.
Estar enamorado de la realeza no tiene nada de malo.
"Al menos ellos no apagan las colillas de sus pitillos sobre tu magnífica alfombra como hacen algunas hermosas celebridades de la música pop", dice la baronesa Fiona Thyssen-Bornemisza.
En los años 60 y 70, ambos vivíamos en los Alpes y éramos buenos amigos.
Valentino es un anfitrión espectacular y entretiene con generosidad y elegancia.
"A todos nos encantaba ser invitados a su chalet en Gstaad", explica la exmujer de "Heini" Thyssen, íntima de bellezas olvidadas como Marella Agnelli o Eugenie Niarchos.
Valentino siempre ha preferido la elegancia a la notoriedad.
Y aún así, es una estrella.
Valeria Mazza, luciendo un Valentino
La modelo argentina Valeria Mazza tampoco olvida el carisma del modisto.
Hace muchos años, después de un desfile en Piazza di Spagna, en Roma, fuimos a cenar a su piso.
Éramos veinte personas, entre las que estaban Sharon Stone y John Kennedy Jr.
En cada detalle del piso, la decoración, la comida, la música, en todo se veía y se sentía su espíritu.
"A cada uno de los invitados nos hizo sentir importantes y queridos", recuerda la "top model", que comenzó a trabajar con él durante la Semana de Alta Costura de París, en 1995.
"Nunca pasa de moda porque sus diseños son obras de arte", remata.
Desfile de alcurnia
La vida de Garavani no es una historia de obsesiones, sino de amores bien correspondidos.
Él ama a la gente con buena educación y mejores títulos, y ellos le aman a él.
Una de las galerías de Somerset House ha sido transformada en una glamurosa pasarela de sesenta metros de largo que propone un cambio de roles: el visitante toma el lugar de las modelos y debe desfilar por la pasarela para contemplar a una "audiencia" de ensueño que luce obras maestras de Valentino, como el vestido que eligió Jackie Kennedy para su boda con Aristóteles Onassis, el vestuario que utilizó Monica Vitti en "La Notte", o un abrigo de lana y piel que perteneció a la Emperatriz Farah Diba.
En ese público de maniquíes relucen nombres como el de Sibilla de Luxemburgo, Gloria von Thurn und Taxis, Mette-Marit de Noruega, Rosario de Bulgaria o Sofía de Habsburgo.
Naty Abascal y el modisto, en 2006
Muchas de esas clientas dicen que el primer Valentino es como el primer amor, "imposible de olvidar".
Lo recuerdo perfectamente.
Fue un pantalón, una camisa, un chaleco "gillette" y una chaqueta de la colección otoño-invierno 1971-1972.
"Fue un regalo que me hizo él", dice Naty Abascal, una de las musas del diseñador.
"Lo prefiero a él por encima de otros por su feminidad, por su gran amor a las mujeres, porque realza nuestra belleza", añade la ex duquesa de Feria.
Me gustan mucho los colores que utiliza, tienen gran luz y son "donantes" a la cara.
Las proporciones son perfectas.
Cuando era adolescente y vivía en Italia, soñaba con llegar a tener el edad y la ocasión para poder usar uno de sus trajes de noche...
Finalmente llegó la hora a finales de los años 90.
Compré mi primer vestido de Valentino para usar en una fiesta en el castillo de mi primo, el Príncipe Edouard de Ligne.
Era un traje rojo, con falda de volados, "corsage" drapeado y escote palabra de honor.
"Fue un sueño hecho realidad", dice la viuda de Rodrigo d'Arenberg.
"Valentino es indiferente a la moda, su obsesión es lo atemporal", explica esta aristócrata italiana que vive entre París, Nueva York y Buenos Aires.
La princesa D'Arenberg guarda sus vestidos de fiesta del modisto con "los máximos cuidados... porque un vestido no es solamente un vestido, también es el conjunto de recuerdos que conlleva".
El "rey" de la moda
El gran final de la exposición de Somerset House es el traje de novia de Marie-Chantal Miller en su boda con Pablo de Grecia en 1995.
Se necesitaron cuatro meses de trabajo y 25 "ragazze" (como llama el modisto a sus costureras) para elaborar ese traje de seda color marfil con incrustaciones de perlas, doce tipos de encaje distintos y una cola de cuatro metros y medio.
Según la periodista Suzy Menkes, máxima autoridad de la prensa especializada, aquel vestido representa un hito de la alta costura de finales del siglo XX, "el regreso de las clientas de la alta sociedad".
Obnubilado durante años con el "savoir-être" de la élite, ahora Valentino es su mejor ejemplar.
Cavaliere di Gran Croce (la distinción de más alto rango en Italia), Cavaliere del Lavoro, Commandeur de L'Ordre des Arts et des Lettres, condecorado con la Legión de Honor, Garavani acumula tantos honores como cualquiera de los esposos de sus clientas.
"Siempre me ha llamado la atención su refinamiento, su calma, su aspecto pulcro y perfecto", reconoce D'Arenberg.
La última vez que lo vi fue hace un mes en una cena de gala en el Museo de Orsay.
Él estaba en la mesa de la condesa Jacqueline de Ribes, una gran amiga mía.
"Estaba impecable, el tiempo no pasa para él".
El oficio más duro del mundo: las mulas humanas de Kawah Ijen
Por cuatro euros, los porteadores del volcán indonesio se juegan la vida y la salud cargando 70 kilos de azufre a través de empinados senderos de piedra
Hay gente para la que su trabajo es un infierno y otra que, literalmente, trabaja en el infierno.
Es el caso de Anto Wijaya, uno de los 400 mineros que se ganan la vida sacando azufre del volcán Kawah Ijen, al este de la isla indonesia de Java.
Para ello, tiene que bajar cada día hasta el fondo de su cráter, donde el gas sulfuroso que emana de las entrañas de la Tierra se solidifica al entrar en contacto con el aire.
Tras arrancar grandes rocas de azufre, que en total llegan a pesar unos 70 kilos, las acarrea en dos cestas de bambú que carga sobre sus hombros a través de escarpados senderos de piedra.
Son sólo 250 metros hasta la cima del volcán, que se eleva a 2.386 metros de altitud, pero los exhaustos porteadores tardan más de 40 minutos en ascender a paso de tortuga, guardando el equilibrio y midiendo con tiento sus pasos para no resbalarse y caer por el precipicio.
Saben que cualquier traspié podría costarles la vida, como le ocurrió a una turista francesa que se despeñó hace años por los riscos del Kawah Ijen.
Los mineros de Kawah Ijen ganan 5 céntimos de euro por cada kilo de azufre que extraen
Se trata de PT Candi Ngrimbi, una empresa que explota desde 1960 el volcán y, nunca mejor dicho, a sus trabajadores, a los que paga 662 rupias indonesias (5 céntimos de euro) por cada kilo de azufre.
Luego lo vende por 10.000 rupias (83 céntimos de euro) a la industria petroquímica, ya que este mineral está generalizado en la vida cotidiana y se usa para fabricar cerillas, fuegos artificiales, cosméticos, dinamita y hasta para blanquear el azúcar.
"Como lo normal es cargar 70 kilos, sacamos unas 46.000 rupias (3,8 euros) en cada viaje", nos explica Anto, quien suele efectuar tres portes diarios.
Tarda tres horas en cada uno y acaba molido, pero le permiten juntar 138.000 rupias (11,5 euros) al final del día.
Aunque parece una miseria para tan inhumano esfuerzo, es el triple de lo que ganaría en el campo.
"El jornal de los mineros es muy alto aquí, donde la recolección del café se paga a 15.000 rupias (1,2 euros) el día y el salario medio mensual es de dos millones de rupias (167 euros) ", aclara el porteador, que antes trabajaba como albañil en la turística isla de Bali.
Allí, su sueldo era de 75.000 rupias (6,2 euros) al día y el tajo no era tan duro, pero Anto ha vuelto con su familia a Banyuwangi, un pueblo cercano al volcán, por una razón de peso que, en Indonesia, resulta tan contundente como el azufre: "Me casé con una joven de Bali, donde son hinduistas, y la he traído a Java para que se convierta al Islam".
Anto tiene asma, respira con dificultad, tose constantemente y se le irritan los ojos por los gases tóxicos
A sus 27 años, Anto lleva tres jugándose el pellejo en el Kawah Ijen, cuyo azufre ya ha empezado a pasarle factura pese a cubrirse la cara con una máscara y gafas especiales.
Tiene asma, respira con dificultad, tose constantemente y se le irritan los ojos por los gases tóxicos que despide el volcán.
Es el precio que debe pagar para conseguir su sueño.
"Trabajaré dos años más porque quiero abrir una tienda o estudiar español o francés", promete en un inglés más que aceptable.
Castigado por la vida, este joven simpático e inteligente podría ser guía turístico, camarero o recepcionista de un hotel, pero en lugar de eso hace el trabajo de una mula.
Compartiendo una inmunda cabaña de madera con otros porteadores, se levanta cada día a las dos de la madrugada porque el azufre no deja de manar de noche, cuando su característico color amarillo se torna azul y brilla en medio de la oscuridad.
Desafiando las sombras, Anto baja al cráter alumbrándose con una pequeña linterna adherida a su casco, que él mismo ha comprado con su dinero.
Unos 400 porteadores cargan las cestas de azufre sobre sus hombros desde el fondo del cráter
A pesar de sus pingües beneficios, la compañía minera no ha mecanizado la extracción del azufre para ahorrar costes ni suministra ningún equipamiento a los porteadores, que trabajan por su cuenta y a tanto el peso.
