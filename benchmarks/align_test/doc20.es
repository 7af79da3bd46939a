Peter Jones está “furioso” después de que Holly Willoughby rompa un acuerdo de 11 millones de libras
Peter Jones, la estrella de Dragon’s Den, se fue “furioso” después de que la presentadora de televisión Holly Willoughby rompiese un acuerdo de 11 millones de libras con su línea de negocio de estilo de vida para centrarse en sus nuevos contratos con Marks and Spencer e ITV.
Willoughby no tiene tiempo para dedicar a la marca de moda y complementos Truly.
Este negocio había comparado con la marca Goop de Gwyneth Paltrow.
Holly Willoughby ha enfurecido a Peter Jones, la estrella de Dragon’s Den, al abandonar su lucrativo negocio de estilo de vida en el último minuto para centrarse en sus extraordinarios nuevos contratos con Marks & Spencer e ITV.
Según las fuentes consultadas, Jones estaba “furioso” cuando la chica de oro de la televisión admitió que sus nuevos acuerdos, valorados en hasta 1,5 millones de libras, no de dejaban tiempo para dedicarse a Truly, su marca de moda y complementos, durante una tensa reunión celebrada el martes en la sede de su imperio empresarial en Marlow, en Buckinghamshire.
El negocio se había comparado con la marca Goop de Gwyneth Paltrow y se perfilaba como favorito para duplicar la fortuna de Willoughby, de unos 11 millones de libras.
Mientras Willoughby, de 37 años, anunciaba que abandonaba el negocio en Instagram, Jones se marchaba de Gran Bretaña para ir a una de sus casas de vacaciones.
Tal como comentaba una fuente consultada: “Truly era, con diferencia, la principal prioridad de Holly.
Iba a ser su futuro a largo plazo, lo que la mantendría en las próximas dos décadas.
Su decisión de abandonar dejó a todos los involucrados totalmente pasmados.
Nadie podía creer lo que sucedió el martes, tan cerca del lanzamiento.
Hay un almacén lleno de mercancía en la sede de Marlow, productos listos para ponerse a la venta”.
Los expertos creen que la salida de la presentadora de This Morning, una de las estrellas más rentables de Gran Bretaña, podría costar millones a la empresa debido a la importante inversión en productos que van de cojines y velas a ropa, y, posiblemente, retrasar aún más su lanzamiento.
También podría significar el fin de una larga amistad.
Willoughby estableció Truly con Capp en 2016 y Jones, de 52 años, se unió como presidente en marzo.
Las parejas iban de vacaciones juntas y Jones tiene una participación del 40 % en la productora de televisión de Baldwin.
Willoughby se va a convertir en embajadora de marca para M&S y sustituirá a Ant McPartlin como presentadora del programa I'm A Celebrity en el canal ITV.
Una fuente cercana a Jones afirmaba que ayer por la noche “no se habló de temas empresariales”.
Una conversación difícil “y luego nos enamoramos”
Bromeaba acerca de las críticas que recibe por parte de los medios de comunicación por hacer un comentario que algunos considerarían “poco presidencial” y por ser tan positivo acerca del líder norcoreano.
¿Por qué ha renunciado a tantas cosas el presidente Trump?
Trump comentó con su voz burlona de “presentador de noticias”.
“No he renunciado a nada”.
Señaló que Kim está interesado volver a reunirse con él después de que Trump encomiase la primera reunión celebrada en junio en Singapur, que consideró un gran paso hacia la desnuclearización de Corea del Norte.
Sin embargo, las negociaciones para la desnuclearización se han estancado.
Más de tres meses después de la cumbre de junio en Singapur, el principal diplomático de Corea del Norte, Ri Yong Ho, explicó a los líderes mundiales reunidos en la Asamblea General de la ONU el sábado que su país no ve una “respuesta adecuada” de los EE. UU. a los primeros pasos para el desarme de Corea del Norte.
Al contrario, señaló, los EE. UU. siguen aplicando sanciones a fin de mantener la presión.
La perspectiva de Trump fue mucho más optimista en el discurso que dio durante su mitin.
“Nos llevamos genial con Corea del Norte”, afirmó.
“Íbamos a entrar en guerra con Corea del Norte.
Habrían muerto millones de personas.
Ahora tenemos una relación fantástica”.
Dijo que sus esfuerzos por mejorar las relaciones con Kim han generado resultados positivos: el fin de las pruebas con misiles, ayuda para liberar rehenes y traer los restos mortales de soldados estadounidenses de vuelta a casa.
Además, defendió su inusual enfoque al hablar de las relaciones con Kim.
“Es muy fácil ser presidencial, pero así, en lugar de 10 000 personas ahí fuera intentando entrar en este estadio repleto, tendríamos a unas 200 personas aquí mismo”, comentó Trump, señalando a las personas que estaban justo delante de él.
