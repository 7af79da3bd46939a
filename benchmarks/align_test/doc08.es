En primer lugar, ¡al diablo con esos tontos cascos de realidad virtual!
- ¿Qué piensa usted sobre el control por voz?
Un detalle muy popular, pero ¿no cree que lo sobreestiman?
- Claro que no se le puede considerar una panacea, queda pendiente de resolver la cuestión de privacidad, ya que no siempre se quiere que los demás se enteren de nuestras acciones e intenciones.
De hecho, todos los tipos de interacción con computadoras son buenos, pero cada uno en su propio campo.
Por ejemplo, para el control de dispositivos en lugares públicos, teníamos un proyecto en el que pensamos en los gestos, pero no en movimientos sueltos, sino más cortos.
Además, los gestos eran capturados no por la cámara del dispositivo, sino por una pulsera que registraba el movimiento de los huesos y los músculos.
Por ahora es muy grande, pero en teoría puede ser reducido al tamaño de un reloj de pulsera.
Pero, en general, el futuro es para un tipo combinado de control, por ejemplo de gesto + voz.
- Por ejemplo, ¿cómo me pediría usted que le pasara esta lata de soda?
Usted hablará y la mostrará al mismo tiempo.
- Normalmente yo sólo hablo.
- Oh, eso va a ser muy difícil de reconocer.
- ¿O sea, usted quiere obligar a los usuarios a adaptarse a lo que puede o no puede hacer en este momento la máquina?
Creo que en un futuro próximo vamos a tener que trabajar principalmente en el diseño de nuevos tipos de sensores que puedan determinar con precisión las reacciones de la persona.
Estos pueden ser, por ejemplo, sensores láser, ya que proporcionan una buena resolución en profundidad, lo que es muy importante.
- Si hablamos de su trabajo con los sensores de Xbox Kinect, ¿qué quejas tiene usted de las cámaras modernas?
¿Les falta resolución, profundidad o algo más?
- En principio, la generación actual es lo que puede ser el comienzo de nuestro trabajo con el reconocimiento tridimensional.
Por supuesto, sería bueno obtener 8 megapíxeles a la velocidad de 1000 fps.
Pero la cuestión no está en los megapíxeles, sino en la calidad de la matriz y en la profundidad.
Desde este último punto de vista, todas las tecnologías actuales no son lo suficientemente buenas para nosotros; esto da más trabajo a los diseñadores de algoritmos.
O sea, que tenemos que recordar no sólo la resolución en los ejes X e Y, sino también en Z.
También es importante la velocidad, el número de cuadros por segundo.
Los movimientos humanos son bastante dinámicos y los actuales de 30 fps son verdaderamente escasos, sobre todo para los gestos.
Steven Bathiche, de nuestro laboratorio en Redmond, hizo un sensor de contacto con retardo ajustable de procesamiento de 1 a 100 ms y cabe mencionar que los modernos sensores producidos en serie están más cerca del segundo valor (60-100).
No todo el mundo entiende en qué medida esto afecta a la interacción hombre-máquina.
A mí me sería muy útil para mi trabajo un equivalente de tal dispositivo, pero que no requiera contacto para que los cuadros por segundo sean más.
- ¿Y no es necesario aumentar el número de cámaras?
- El Kinect tiene ahora tres "cámaras", una de las cuales es de hecho el emisor de rayos infrarrojos y la segunda el receptor de la señal reflejada.
Pero la tercera cámara es en realidad un simple sensor del diapasón visible.
Ésta no se utiliza para determinar la profundidad del objeto.
Potencialmente, más cantidad de cámaras podrían resolver el problema...
O al contrario, aumentarlo y acrecentar la cantidad requerida de cálculos.
Sería bueno crear un análogo flexible de Kinect, jugar con la curvatura de ubicación de las cámaras y ver cómo esto ayudaría a determinr la posición tridimensional.
- Por lo que yo recuerdo, Microsoft, a diferencia de Google, no ha presentado sus gafas al público.
¿No le parece que, desde el punto de vista del uso diario de tecnologías de realidad aumentada, las gafas son una de las plataformas más visibles?
- Por supuesto, pasar todo el rato sosteniendo en alto un teléfono inteligente en las manos, no es muy cómodo, pero yo pienso: la mejor opción sería una realidad aumentada "transmutable" cuando, en base de una plataforma de nube, usted podría pasar de las gafas al teléfono inteligente,
Las gafas son dispositivos muy personales, en eso está su fuerza (las cosas privadas sólo usted podrá verlas), pero también su debilidad: una realidad aumentada basada en gafas no le permitirá trabajar sobre objetos virtuales junto con otras personas.
- Imaginémonos por un momento que la manipulación de objetos holográficos virtuales en el aire está disponible no sólo para Tony Stark de la película "Iron Man", sino también para cualquier simple mortal.
Hay un problema en esta idea que los críticos suelen señalar: ¡no hay respuesta táctil!
¡Las manos no sienten nada!
¿Qué respuestas prepara su grupo para este reto?
- En mis conferencias a menudo digo que la realidad aumentada es la séptima irrupción en la interacción entre el hombre y la máquina.
Mientras tanto, uno de los trucos más interesantes es el uso de la segunda mano en calidad de soporte para la imagen.
¡Registra el tacto perfectamente!
Pero existen también tecnologías que están verdaderamente orientadas a aportar tangibilidad a estas "imágenes en el aire". Por ejemplo, la interferencia de varios rayos ultrasónicos dirigidos a un punto específico donde se encuentra el dedo da una sensación similar a la que uno siente si alguien estuviera soplándole en las yemas de los dedos, pero esa sensación todavía es muy débil.
Hay también pulseras para la muñeca que influyen en las terminaciones nerviosas de los dedos, esto también una dirección prometedora.
- ¿Ha tratado de engañar al cerebro?
¿Hacerle pensar que él siente lo que parece que debería sentir en el momento en que ve algo?
- Esa es una buena idea, todavía no lo hemos intentado.
Aquí se esconde otro desafío con el que tendremos que luchar durante mucho tiempo, cómo hacer que una persona físicamente ubicada en un espacio muy reducido crea que va a un espacio abierto, casi sin fin. Estamos trabajando también en la idea de las cintas de correr (no como las de los gimnasios), plataformas móviles, así como la de los globos gigantes.
Por ahora, engañar al cerebro no resulta tan fácil, aún hay que trabajar durante muchos años.
Eso es lo que hace atractivo el trabajo con la realidad virtual para los investigadores, que muchas cosas se encuentran en un estado de total concepción.
Gusto personal subjetivo en lugar de cultura - Rosbalt.ru
"Rosbalt" continúa el proyecto "Vanguardismo de San Petersburgo", dedicado a los ciudadanos que se encuentran delante, a la vanguardia del arte y de la cultura.
En esta lista de los mejores se encuentran brillantes figuras del arte y la escena de San Petersburgo, cuyos logros llegan más allá de la ciudad: a menudo encuentran reconocimiento en Europa sin que Rusia los conozca siquiera.
El nuevo héroe de "Rosbalt" es el extravagante artista Kirill Miller.
Toda la ciudad conoce a Kirill Miller, un hombre barbudo vestido de rojo de arriba abajo, al que se puede encontrar cerca del Museo Ruso, cerca del Jardín de Verano o en reuniones de moda e inauguraciones.
Los cuadros de Kirill Miller siempre atraen a multitudes, donde quiera que se exhiban.
Kirill Miller es uno de esos cuentistas puramente sociofilósofos de San Petersburgo, creadores de nuevas mitologías.
Además, es un hombre urbano, cuya aparición en las calles de la ciudad despierta en los habitantes sonrisas y levanta a todos el estado de ánimo.
Recientemente, tomó en sus manos un organillo y se convirtió en el organillero de San Petersburgo, ya que ha madurado para hacer tan difícil papel, por su existencia bohemia, su filosofía y su imagen.
- Kirill, ¿por qué vas por la ciudad vestido de rojo y no de amarillo o turquesa, por ejemplo?
- Elegí el color rojo porque soy diseñador de moda y me dedico a la apariencia y a la imagen.
En este mundo, el color rojo es un compromiso entre el artista, los creadores de imágenes y la sociedad.
Aunque en la sociedad, todo lo que no sea un poco gris suscita agresividad y agitación de propiedades nada buenas.
Pero mis provocaciones están dirigidas a que se inicie una conversación.
Toda la historia de mis acciones provocativas son una invitación al debate.
- ¿Cuándo comprendiste que debías ser artista?
- En una exposición del Palacio de Cultura Nevsky, donde se exhibían mis trabajos.
Me di cuenta de que ese era mi camino.
Entonces la oleada de viejos artistas no oficiales había terminado, y los nuevos, libres como yo, eran todavía incomprendidos.
Me hice amigo de artistas de la nueva ola, con los posteriores a los que se exponían en Gaza y Nevskiy, que llevó a "Pushkinskaya-10", y ya se acabó la nueva ola.
Me sumí en el teatro por la ropa, la música de todos los géneros, pero no por las letras.
- Y todo esto se juntó en tu Clínica de arte... - Para mí era importante encontrarme en el centro cultural de San Petersburgo, donde se debían reunir las mejores mentes creativas.
En 1995, ocupé un territorio en Pushkinskaya-10 y allí, mientras no había reformas, existió un club artístico musical, un club bohemio, la casa de la bohemia de San Petersburgo.
Muchos nacieron allí: Noms, Tequila Jazz, recuerdo el modo en que Schnur trajo al proyecto a "La oreja de Van Gogh".
Schnur y sus amigos cantaban canciones ligeras bajo fonograma, vestían pantalones ajustados, entre ellos estaba el actualmente compositor de moda Igor Vdovin.
Cuando el grupo comenzó a tocar en vivo, se convirtió en "Leningrado".
Trachtenberg era animador de muchos programas antes de los tiempos de Hali-galivskih.
Les dimos a Trachtenberg y fue el comienzo de su gran carrera; la educación básica y formación la recibió de nosotros.
Galería "D 137", el "Club Griboyedov, son los restos de la Clínica del Arte.
Allí iban nuestros empleados y clientes asiduos.
Soy un héroe del siglo pasado, cuando la cultura significaba algo.
En el año 2000, la encuesta se hizo en la prensa, el premio era "La gente de nuestra ciudad".
En la nominación "Artista del Año" fui elegido yo, así terminó mi culminación.
En estos nuevos tiempos no es cómodo trabajar; yo soy un hombre al que le gusta la verdad, la honestidad y la cultura del siglo pasado.
En nuestros tiempos es fácil hacerse popular, pero la cultura y la popularidad van separadas. Uno puede ser popular pero muy poco culto.
