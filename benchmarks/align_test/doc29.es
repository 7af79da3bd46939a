El número de víctimas por el tsunami de Indonesia es superior a 800.
Es algo muy malo.
Aunque el personal de World Vision de Donggala ha llegado sano y salvo a la ciudad de Palu, donde los empleados se refugian bajo unas lonas instaladas en el jardín de sus oficinas, han visto un panorama devastador en su camino, afirmó el señor Doseba.
“Me dijeron que habían visto muchas casas destruidas”, comentó.
Es algo muy malo.
Incluso mientras los grupos de ayuda ponían en marcha los engranajes de la asistencia para catástrofes, algunas personas se lamentaban de que no se estaba permitiendo el desplazamiento a Palu de cooperantes con amplia experiencia.
Según la normativa indonesia, solo se puede recurrir a financiación, suministros y dotación de personal extranjeros si el sitio afectado se declara zona de desastre nacional.
Y eso aún no ha sucedido.
“Aún es una catástrofe a nivel provincial”, comentó Aulia Arriani, portavoz de Cruz Roja en Indonesia.
“En cuanto el Gobierno diga que lo considera un desastre nacional, podemos empezar a prestar ayuda internacional, pero aún no ha sucedido”.
Al caer la segunda noche en Palu después del terremoto y el tsunami del viernes, amigos y familiares de las personas que aún estaban desaparecidas aún tenían la esperanza de que sus seres queridos serían los milagros que aportasen algo de luz a las desoladoras historias que escriben las catástrofes naturales.
El sábado se sacó a un niño pequeño de una alcantarilla.
El domingo, los rescatadores liberaron a una mujer que había quedado atrapada bajo los escombros durante dos días junto al cuerpo de su madre.
Gendon Subandono, instructor del equipo nacional de parapente de Indonesia, había formado a dos de los parapentistas desaparecidos para los Juegos Asiáticos, que concluyeron antes ese mismo mes en Indonesia.
Otros de los que quedaron atrapados en el hotel Roa Roa, el señor Mandagi incluido, eran alumnos suyos.
“Por mi experiencia en el campo del parapente, llevo mi propia carga emocional”, comentó.
El señor Gendon recordaba cómo, en las horas que siguieron a la divulgación de la noticia de que el hotel Roa Roa se había derrumbado en la comunidad de parapente, había enviado desesperados mensajes de WhatsApp a los competidores de Palu, que participaban en el festival que se celebraba en la playa.
Sin embargo, sus mensajes solo mostraban una marca de verificación en gris, no dos en azul.
“Creo que eso significa que los mensajes no se entregaron”, dijo.
Ladrones se llevan 26 750 USD durante una recarga de un cajero automático en Newport on the Levee
El viernes por la mañana, unos ladrones atracaron a un empleado de Brink que recargaba un cajero automático en Newport on the Levee, llevándose 26 750 USD, según una nota de prensa del Departamento de Policía de Newport.
El conductor del vehículo había vaciado un cajero automático ubicado en el centro de ocio y se preparaba para recargarlo con más dinero, escribió el detective Dennis McCarthy en la nota.
Mientras estaba ocupado, otro hombre “se acercó corriendo por detrás del empleado de Brink” y robó una bolsa del dinero destinado a la recarga.
Según la nota, hay testigos que vieron a varios sospechosos yéndose del lugar, pero la policía no especificó el número de implicados en el incidente.
Cualquier persona que tenga información sobre sus identidades debe contactar con la Policía de Newport en el número 859-292-3680.
Kanye West: el rapero cambia su nombre a Ye
El rapero Kanye West empezará a llamarse Ye.
Anunció el cambio en Twitter el sábado: “La persona anteriormente conocida como Kanye West”.
Hace ya un tiempo que a West, de 41 años, se le apoda Ye, nombre que usó como título para su octavo álbum, lanzado en junio.
El cambio llega antes de su aparición en Saturday Night Live, donde se espera que presente su nuevo álbum, Yandhi.
Sustituye a la cantante Ariana Grande, que tuvo que cancelar su actuación por “razones emocionales”, tal como comentó el creador del programa.
Además de ser una abreviatura de su nombre profesional actual, West había dicho anteriormente que la palabra tenía una importancia religiosa para él.
“Creo que es la palabra más utilizada en la Biblia, donde significa ‘tú’”, comentó West a principios de este año mientras hablaba del título del álbum con el locutor de radio Big Boy.
“Soy tú, soy nosotros, significa nosotros.
Pasó de ser Kanye, que significa ‘el único’, a Ye, un reflejo de nuestras cosas buenas, malas y confusas, todo.
El álbum es más un reflejo de quiénes somos”.
Es uno de los numerosos raperos famosos que se ha cambiado el nombre.
Sean Combs ha sido conocido como Puff Daddy, P. Diddy o Diddy, pero este año anunció que prefería los nombres Love y Brother Love.
Un antiguo colaborador de West, JAY-Z, ha usado su nombre en mayúsculas o minúsculas, con o sin guion.
