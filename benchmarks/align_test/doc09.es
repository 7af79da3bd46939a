Desde las elecciones ha habido un intento de corregir el problema, con las cuotas y gravámenes más altos para los trabajadores extranjeros.
Consecuencias inesperadas
Mientras que la caída en la tasa de natalidad tiene efectos conocidos en el crecimiento económico de una nación, los ingresos fiscales, los costes sanitarios y las políticas de inmigración, el ejemplo de Singapur también está teniendo algunas consecuencias inesperadas.
El gobierno intenta que no se construyan tantas casas pequeñas.
Por ejemplo, ha comenzado a afectar al sector inmobiliario.
La autoridad de desarrollo urbano ha pasado a controlar el número de apartamentos pequeños, conocidos como "caja de zapatos", que se puedan construir en determinadas zonas de la ciudad.
Estos apartamentos tienen superficies de 46 metros cuadrados y han tenido mucho éxito de ventas.
Sin embargo, hay preocupación de que puedan promover un estilo de vida de soltería y desanimen a los desarrolladores que quieran construir casas grandes, familiares.
Pero Lim Yew Soon, director general de la empresa inmobiliaria EL Developers, dice que sus "cajas de zapatos" se venden mucho más rápido que las unidades más grandes.
Son más populares, en el sentido de que las unidades se agotan días, incluso semanas, más rápido que las unidades de mayor tamaño.
Esto hace que sea mucho mejor para nuestro flujo de caja.
Sin embargo, admite que las nuevas normas dan orientaciones más claras para los desarrolladores, a los que antes se les ponía trabas si querían ofrecer demasiadas unidades pequeñas en un proyecto.
Demasiado estresados
Singapur es una ciudad Estado.
Todavía sufro el estrés y la presión de ese trabajo; sin embargo, en la dirección me siento bien.
Si bien estas nuevas reglas pueden ser un paso hacia el aumento de la tasa de natalidad nacional, al hablar con los singapurenses que trabajan en el distrito financiero del centro pareciera que no van a tener mucho efecto.
"La gente está muy estresada, las casas son caras y también lo es la educación, por lo que muchas personas lo están posponiendo", dice un joven ejecutivo.
Otras personas pueden tener niños.
"Pero para mí es importante contar con mi propio dinero y tiempo", dice otro joven de unos 20 años.
Hombres y mujeres mencionan su carrera, el estrés y el costo de las propiedades y de la educación como los motivos que les impiden tener hijos.
Así que, por mucho que el gobierno trate de empujar a sus ciudadanos a tener hijos, cuando se trata de hacer bebés, los singapurenses son quienes tienen la última palabra.
Lo privado off line es privado on line
Privacidad.
De acuerdo con el Diccionario de la Real Academia Española se trata de la cualidad de privado o "el ámbito de la vida privada que se tiene derecho a proteger de cualquier intromisión".
¿Qué es privado para un menor de 16 años?
¿Cómo aplica esta definición en su vida cotidiana y en las redes sociales?
¿Entiende los peligros a los que está expuesto por ventilar en Internet situaciones que seguramente no compartiría fuera de línea?
elPeriódico entrevistó a cinco muchachos de entre diez y 15 años, usuarios frecuentes de la red.
En cuatro de los casos, asociaron el término a "algo muy mío", en el plano personal, y "en la clave y nombre del usuario", cuando lo aplicaron a redes sociales.
"Mis secretos más profundos no los subiría a un post", dice Jorge, de diez años, cuando intenta explicar el significado de privado en sitios como Facebook, Twitter, Hotmail y Windows Live Messenger, donde tiene cuentas desde hace dos años.
"Son secretos muy secretos, mi mamá puede conocerlos, pero no todo el mundo", afirma.
En FB subo imágenes bonitas o de juegos.
También me entretengo con mis conocidos.
"No compartiría una foto que no sea mía, o de alguien que esté haciendo el ridículo", dice.
El niño reconoce que está mal publicar fotografías obscenas, de personas desnudas, de crímenes o escribir comentarios humillantes o violentos.
Jorge asegura conocer a los 35 amigos que tiene en FB y a sus nueve seguidores en Twitter.
La mayoría son parientes.
La madre está incluida, tiene la clave de una de las cuentas.
Abrí Twitter para expresarme y escribir tweets interesantes.
Los grupos de pubs y bares vieron cómo aumentaban sus ventas un 2,7 % en julio, mientras que las ganancias de los restaurantes descendieron un 4,8 %, según revelaron las cifras.
"No sé si me contestan, yo solo los subo", añade.
En los bares y pubs gestionados, las ventas de bebidas subieron hasta un 6,6 % durante el mes, mientras que las comidas descendieron un 3 %.
"Las redes sociales son entretenidas, puedo hablar con parientes lejanos o con mis amigos de manera rápida", indica.
No duda en contestar que nunca aceptaría una solicitud de una persona desconocida.
Ni le haría caso a alguien que le recomendara a un extraño.
El caso de José, de 14 años, es diferente.
El adolescente posee cuentas abiertas en Hotmail, Facebook, My Space y Ask, en esta última admite no conocer a 20 de las personas agregadas en su lista de amigos.
"No me asusta, porque tenemos algo en común, la música por ejemplo", indica.
Según el muchacho, ninguno se le ha insinuado ni le ha pedido la dirección de su casa o su número de teléfono.
El escocés, de 42 años, se muestra ilusionado ante la posibilidad de revitalizar el club del nordeste, que en este momento ocupa el tercer puesto en la League One (la tercera división de ligas de Inglaterra), a tres puntos del primero.
"Si me presionaran o me lo exigieran simplemente los saco de mi cuenta", reconoce.
José se hizo seguidor de Ask, luego de leer una recomendación en Twitter.
Al muchacho no le son ajenas las experiencias de lo que hoy se conoce como ciberbullying.
A un conocido de una mi amiga lo estaban extorsionando en una red social.
Lo amenazaban y le exigían dinero.
"Nunca supo quién era", asegura.
La víctima, según José, no cerró la cuenta.
"Solo le puso privacidad".
Luego explica una serie de pasos para configurar la cuenta de manera segura.
A diferencia de Jorge, este chico subiría fotos de conocidos en situaciones incómodas o embarazosas.
Sí lo haría, si me cae mal o le llevo ganas.
"Aunque sé que eso es ciberbullying", afirma.
Preguntas clave
Marielos Porras, maestra de inglés y licenciada en Educación y Aprendizaje, considera que para orientar a los niños y a los adolescentes debe entenderse que el propósito de las redes sociales es informar.
"Internet surgió como un medio para buscar información, pero con el aparecimiento de estos sitios cambiaron las reglas del juego", menciona.
Porras señala que el académico Marc Prensky, máster en Pedagogía por la Universidad de Yale y autor de la obra Nativos e Inmigrantes Digitales, acuñó estos términos para explicar el fenómeno.
Los nativos digitales son ellos, los niños y jóvenes que nacieron con la tecnología.
"Nosotros somos los inmigrantes digitales que tenemos que enseñarles a ellos, cuando todavía estamos aprendiendo", dice.
Comenta que el tema es complejo, "porque les estamos pidiendo que tengan un criterio definido sobre qué conviene o no difundir, publicar o decir a una edad que la madurez no da para eso".
Puede sonar raro, porque era bueno, me pude ganar la vida muy bien con ello y disfruté de algunos momentos épicos.
"También que sean selectivos cuando lo que más les importa es ser populares, tener miles de amigos sin pensar en las consecuencias", añade.
"Siempre creí que la dirección era lo que mejor me iba, mucho más que jugar.
Según la especialista, la manera más eficaz de enseñar qué es privacidad a niños y adolescentes es a través de preguntas que los hagan reflexionar.
