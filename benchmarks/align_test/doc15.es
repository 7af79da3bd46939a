Maxine Waters niega que un miembro de su personal filtrase datos de senadores del Partido Republicano y asevera que se trata de “mentiras peligrosas” y “teorías de la conspiración”
La representante Maxine Waters criticó el sábado las acusaciones de que un miembro de su personal había publicado los datos personales de tres senadores estadounidenses del Partido Republicano en las páginas de Wikipedia sobre legisladores.
La demócrata de Los Ángeles afirmó que esas acusaciones estaban impulsadas por comentaristas y sitios web de “extrema derecha”.
“Mentiras, mentiras y más viles mentiras”, comentó Waters en una publicación en Twitter.
Supuestamente, la información publicada incluía las direcciones y los números de teléfono de los senadores estadounidenses Lindsey Graham, de Carolina del Sur, y Mike Lee y Orrin Hatch, ambos de Utah.
El jueves, una persona desconocida del Capitolio publicó la información en Internet durante una sesión del panel del Senado relativa a las acusaciones de conducta sexual inapropiada realizadas contra Brett Kavanaugh, candidato al Tribunal Supremo.
La filtración se realizó en algún momento después de que los tres senadores hubiesen interrogado a Kavanaugh.
Palu es la capital de la provincia de Sulawesi Central, que se encuentra al final de una estrecha bahía en la costa oeste de la isla de Sulawesi, con una población estimada de 379.800 habitantes en 2017.
Sitios conservadores, como Gateway Pundit y RedState, informaron de que la dirección IP que identifica el origen de las publicaciones estaba asociada con la oficina de Waters e hicieron públicos los datos de un miembro del personal de Waters, según el Capitolio.
“Esta acusación sin fundamento es completamente falsa y una absoluta mentira”, continuó Waters.
“El miembro de mi personal, cuya identidad, datos personales y seguridad se han visto afectados como resultado de estas acusaciones fraudulentas y falsas, no fue para nada el responsable de la filtración de esta información.
Esta alegación sin fundamento es completamente falsa y una absoluta mentira”.
2009: Un terremoto de magnitud 7,6 golpeó cerca de la ciudad de Padang, capital de la provincia de Sumatra Occidental.
La declaración de Waters suscitó críticas inmediatas en Internet, incluidas las del antiguo secretario de prensa de la Casa Blanca, Ari Fleischer.
La pesca y la agricultura son los pilares de la economía de la provincia de Sulawesi Central, especialmente en la región litoral de Donggala.
“Desmiente esta información con enfado”, escribió Fleischer.
“Esto sugiere que no la templanza necesaria para ser Miembro del Congreso.
Cuando alguien es acusado de algo que no hizo, no debe enfadarse.
No debe rebelarse.
No debe cuestionar los motivos del acusador.
Debe mantener la calma y la serenidad”.
Parece que Fleischer quería comparar la reacción de Waters con las críticas de los demócratas al juez Kavanaugh, a quien los detractores acusaron de parecer demasiado enfadado durante la comparecencia del jueves.
Omar Navarro, un candidato republicano que pretende desbancar a Waters en las elecciones de mitad de período, también expresó su opinión en Twitter.
“Si es cierto, es muy grave”, tuiteó.
En su declaración, Waters dijo que su oficina había alertado a “las autoridades pertinentes y a las entidades encargadas del cumplimiento de la ley de estas acusaciones fraudulentas”.
“Nos aseguraremos de se descubra a los autores”, continuó, “y de que se les considere legalmente responsables por todas estas acciones destructivas y peligrosas para todos los miembros de mi personal”.
Crítica de Johnny English: De nuevo en acción. La parodia del espía de Rowan Atkinson se queda corta
Ahora se ha convertido en una tradición buscar guiños al Brexit en cualquier película nueva con un enfoque británico. Parece que esto es lo que corresponde hacer con esta nueva entrega de la franquicia paródica de acción y comedia Johnny English, que empezó en 2003 con Johnny English y volvió a la vida en 2011 con Johnny English Returns.
¿Será esta irónica autosátira sobre lo claramente disparatados que somos la nueva oportunidad de exportación de la nación?
En cualquier caso, el incompetente Johnny English, con sus ojos saltones y su rostro inexpresivo, ha renovado su licencia para meter la pata por segunda vez. Solo su nombre ya da pistas de que, más que nada, se trata de una creación cómica pensada para territorios cinéfilos de habla no inglesa.
Por supuesto, es el ridículo agente secreto que, a pesar de sus extrañas pretensiones de derrochar glamur, tiene un poco de Clouseau, un toque de Mr. Bean y una pizca de ese tipo que tocó una sola nota en el tema de Carros de fuego que se tocó en la ceremonia de inauguración de los Juegos Olímpicos de Londres 2012.
Además, en su origen se basó en el misterioso hombre viajero e internacional representado hace años por Atkinson en los ya olvidados anuncios de televisión de Barclaycard, sembrando el caos tras él.
En esta última entrega, hay uno o dos momentos buenos.
Me encantó ver a Johnny English acercándose a un helicóptero vestido con una armadura medieval mientras las hélices chocaban contra el casco.
El don de Atkinson para la comedia física salta a la vista, pero el humor se queda bastante corto y es extrañamente superfluo, especialmente ahora que franquicias de películas “serias” como 007 y Misión imposible añaden ingredientes cómicos sin problemas.
El humor parece más dirigido a niños que a adultos y, para mí, las absurdas desventuras de Johnny English no son tan ingeniosas y acertadas como los chistes silenciosos de Atkinson en el papel de Mr. Bean.
Ahora, el repetido argumento de actualidad es que Gran Bretaña está en graves problemas.
Un pirata informático se ha infiltrado en la red supersecreta de espías de Gran Bretaña, revelando las identidades de todos sus agentes en activo ante la consternación del agente en servicio, un lamentablemente pequeño papel para Kevin Eldon.
Es la gota que colma el vaso para la primera ministra, un personaje pomposo y acorralado que está viendo cómo se hunde su popularidad política: Emma Thompson da lo mejor de sí en este personaje que casi es como Theresa May, pero el guion no deja mucho margen para trabajar.
Sus asesores de inteligencia le informan de que, como todos los espías en activo están peligro, tendrá que recurrir a alguno que esté retirado.
Ese tiene que ser el torpe Johnny English, que ahora enseña en un colegio pijo, aunque da clases extraoficiales sobre cómo ser agente secreto: hay algunos chistes buenos, ya que se trata de una academia de espionaje parecida a la de Escuela de rock.
English es trasladado a Whitehall para una reunión de urgencia y se reúne con su sufrido antiguo compinche Bough, representado de nuevo por Ben Miller.
Ahora, Bough es un hombre casado con una capitana de submarino, un simpático papel para el que no se aprovecha lo suficiente a Vicki Pepperdine.
Así, los Batman y Robin que hacen las cosas terriblemente mal en el Servicio Secreto de Su Majestad vuelven a la acción, con la bella mujer fatal Ophelia Bulletova, representada por Olga Kurylenko.
Mientras tanto, la primera ministra está cayendo en las peligrosas garras de un carismático multimillonario del mundo de la tecnología que afirma que puede resolver los problemas informáticos de Gran Bretaña: el siniestro Jason Volta, interpretado por Jake Lacy.
English y Bough inician su odisea de situaciones absurdas: se disfrazan de camareros, prenden fuego a un elegante restaurante francés, desatan el caos escondiéndose en el lujoso yate de Volta; además, English se convierte en pura anarquía al intentar utilizar un casco de realidad virtual para familiarizarse con el interior de la casa de Volta.
Definitivamente, se emplearon a fondo en esa última secuencia, pero, por muy graciosa y estrepitosa que sea, el conjunto sigue transmitiendo una sensación un tanto infantil.
Un producto bastante regular.
Al igual que con las otras películas de Johnny English, no pude evitar preguntarme si la industria cinematográfica británica no podría darle a Rowan Atkinson un papel que haga auténtica justicia a su talento.
