Cargo de intento de asesinato por apuñalamiento en un restaurante de Belfast
El incidente sucedió en Ballyhackamore, según la Policía.
Se espera que el acusado comparezca el lunes en el Juzgado de Primera Instancia de Belfast.
Fiscalía revisará los cargos.
Kit Harington, estrella de Juego de Tronos, ataca a la masculinidad tóxica
Kit Harington es famoso por su papel como Jon Nieve en la violenta serie de fantasía medieval de la HBO, Juego de Tronos.
El actor, de 31 años, ha atacado al estereotipo del héroe masculino, diciendo que esos papeles en pantalla a menudo transmitían a los chicos jóvenes que tenían que ser duros para ser respetados.
En una entrevista concedida a The Sunday Times Culture, Kit comentó que cree que “algo ha ido mal” y se cuestionó cómo abordar el problema de la masculinidad tóxica en la era del #MeToo.
Kit, que recientemente se casó con su compañera de reparto en Juego de Tronos, Rose Leslie, también de 31 años, admitió que le parece “bastante importante” abordar esta cuestión.
“Personalmente, me parece bastante importante en este momento, ¿Dónde nos hemos equivocado con la masculinidad?”, comentó.
“¿Qué hemos estado enseñando a los hombres mientras crecían, pensando en los problemas que se ven ahora?”
Kit cree que la televisión puede tener parte de la responsabilidad por la creciente masculinidad tóxica debido a sus personajes tan masculinos.
Y continuó: “¿Qué es innato y qué se enseña?
¿Qué se enseña en televisión, y en la calle, que hace que los jóvenes sientan que tienen que ser esta forma concreta de hombre?
Pienso que esa es una de las grandes preguntas de nuestro tiempo. ¿Cómo lo cambiamos?
Porque está claro que algo ha ido mal en la educación de los jóvenes”.
En la entrevista, también admitió que no participaría en ninguna precuela o secuela de Juego de Tronos cuando la serie finalice el próximo verano, afirmando que está “harto de campos de batalla y caballos”.
A partir de noviembre, Kit protagonizará True West, la obra teatral de Sam Shepard que cuenta la historia de un productor de cine y su hermano, que es un ladrón.
Hace poco, el actor reveló que cree que conocer a su esposa Rose es lo mejor que ha sacado de Juego de Tronos.
“Conocí a mi esposa en la serie, así que, en ese sentido, me ha dado a mi futura familia y mi vida a partir de ahora”, declaró.
Rose representaba a Ygritte, el interés amoroso del personaje de Kit, Jon Nieve, en la serie fantástica galardonada con premios Emmy.
La pareja contrajo matrimonio en junio de 2018 en una finca de la familia de Leslie, en Escocia.
VIH/sida: China informa de un 14 % más de nuevos casos
China ha anunciado un aumento del 14 % del número de ciudadanos que viven con VIH y sida.
En el país hay más de 820 000 personas afectadas, según las autoridades sanitarias.
Solo en el segundo trimestre de 2018 se notificaron unos 40 000 nuevos casos.
La gran mayoría de estos fueron contagiados por vía sexual, lo cual supone un cambio con respecto al pasado.
Tradicionalmente, el VIH se propagó rápidamente por algunas partes de China como resultado de unas transfusiones de sangre infectada.
Sin embargo, el número de personas que contraen VIH de esta forma se ha reducido en su práctica totalidad, declararon las autoridades sanitarias chinas en un congreso celebrado en la provincia de Yunnan.
Cada año, el número de personas que viven con VIH y sida en China aumenta unas 100 000 personas.
La transmisión del HIV por vía sexual es un problema grave en la comunidad LGTB de China.
La homosexualidad se despenalizó en China en 1997, pero el colectivo LGTB sufre mucha discriminación.
A causa de los valores conservadores del país, los estudios han calculado que entre un 70 % y un 90 % de los hombres que mantienen relaciones sexuales con otros hombres acabará casándose con mujeres.
Muchas de las transmisiones de las enfermedades son por no utilizar una protección adecuada en estas relaciones.
Desde 2003, el gobierno de China ha prometido un acceso universal a medicamentos contra el VIH como parte de un intento de hacer frente al problema.
