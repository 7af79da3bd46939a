Estados Unidos consideró penalizar a El Salvador por su apoyo a China, aunque después de echó atrás
Los diplomáticos observaron que la República Dominicana y Panamá ya habían reconocido a Beijing, con un ligero rechazo por parte de Washington.
Trump tuvo una afable reunión con el Presidente Juan Carlos Varela de Panamá en junio de 2017 y ocupó un hotel en Panamá hasta que los socios desalojaron al equipo de administración de la Organización Trump.
Los funcionarios del Departamento de Estado decidieron hacer regresar a los jefes de las misiones diplomáticas estadounidenses en El Salvador.
La República Dominicana y Panamá debido a las “decisiones recientes de dejar de reconocer a Taiwán”, dijo Heather Nauert, la portavoz del departamento, en un comunicado este mes.
Pero solo se decidió sancionar a El Salvador, que ya había recibido una ayuda de alrededor de 140 millones de dolares estadounidenses 2017 para, entre otros asuntos, el control del narcotráfico, el desarrollo y el apoyo económico.
Las sanciones propuestas, que incluían recortes a la ayuda financiera y restricciones a determinados visados, habrían sido muy dolorosas para el país centroamericano y sus altas tasas de desempleo y criminalidad.
A medida que avanzaban las reuniones internas, los funcionarios norteamericanos y centroamericanos pospusieron una conferencia de alto nivel centrada en la seguridad y la prosperidad económica como seguimiento de una reunión similar celebrada el año pasado, que fue vista como un paso adelante en los esfuerzos para evitar la emigración hacia Estados Unidos.
Pero a mediados de septiembre, los altos funcionarios de la administración dejaron claro que su intención era que la conferencia siguiera adelante, lo que ponía fin a cualquier consideración de sanciones para El Salvador.
El vicepresidente Mike Pence tiene previsto hablar en la conferencia, que ahora está programada para mediados de octubre y que, se los diplomáticos, se ve como una señal de la importancia que ha dado la administración a la reunión.
Los tres enviados estadounidenses regresaron tranquilamente a El Salvador, Panamá y la República Dominicana sin nuevas amenazas ni castigos por parte de Washington.
Un portavoz de la Casa Blanca de Bolton rechazó comentar los detalles del debate descritos por los tres funcionarios estadounidenses, incluidos dos diplomáticos, que acordaron tratar las deliberaciones internas bajo la condición de anonimato.
Sus explicaciones fueron corroboradas por un analista externo cercano a la administración, que también habló bajo condición de anonimato.
El estudio de la historia
El siguiente paso previsto podría ser el informe del abogado especial Robert Mueller sobre la posible obstrucción a la justicia de Trump, de lo cual ya hay pruebas considerables en el registro público.
Se piensa que Mueller también está llevando esta investigando a la posibilidad de que la campaña de Trump trabajara en paralelo con Rusia en su ataque a nuestras elecciones.
Si el Congreso cambia de manos, Trump se verá rindiendo cuentas ante esa cámara, justo cuando se prepara para presentarse nuevamente ante los votantes, y quizás finalmente ante un jurado de sus pares.
Esto es un montón de condicionales, y con ello no sugiero que la caída de Trump es inevitable, ni la de sus equivalentes en Europa.
Todos tendremos que tomar decisiones en ambos lados del Atlántico que tendrán un efecto en la duración de la contienda.
En 1938, los oficiales alemanes estaban listos para dar un golpe de estado contra Hitler. Tan solo hacía falta que Occidente le hubiera resistido y hubiera apoyado a los checoslovacos en Munich.
Fracasamos y perdimos la oportunidad de evitar los años de carnicería que siguieron.
El transcurso de la historia gira en torno a estos puntos de inflexión, y la marcha inexorable de la democracia se acelera o se retrasa.
Los norteamericanos se enfrentan ahora a varios de estos puntos de inflexión.
¿Qué haremos si Trump despide al Vicefiscal General Rod Rosenstein, el hombre que controla el destino de la investigación de Mueller?
Rosenstein se ha visto en una buena desde que este periódico informó de que el año pasado había sugerido grabar en secreto al presidente y había especulado sobre su incapacidad para el cargo.
Rosenstein dice que la explicación de The Times no es exacta.
“¿Cómo responderemos si la nueva investigación que ha solicitado el F.B.I. sobre Brett Kavanaugh no es completa o justa, o si se confirma su cargo en el Tribunal Supremo a pesar de las acusaciones creíbles de agresión sexual y testimonio deshonesto?
Además de todo esto, ¿votaremos en las elecciones de mitad de mandato un Congreso que rendirá cuentas a Trump?
Si fallamos estos exámenes, nos encontraremos con un largo invierno para la democracia.
Pero, gracias a la lección que aprendí en Praga, creo que no fallaremos.
Mi madre era una judía checoslovaca deportada a Auschwitz por el mismo régimen nazi que una vez había ocupado mi casa de embajador.
Consiguió sobrevivir, emigró a Estados Unidos y, 60 años después, me envió a encender las velas del Sabbath en la misma mesa adornada con una esvástica.
Con esa herencia, ¿cómo no voy a ser optimista sobre nuestro futuro?”
Norman Eisen, profesor emérito de la Brookings Institution, es el presidente de Citizens for Responsibility and Ethics in Washington y autor de “The Last Palace: Europe's Turbulent Century in Five Lives and One Legendary House”.
