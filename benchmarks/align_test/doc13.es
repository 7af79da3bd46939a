Almanac: El inventor del contador Geiger
Y ahora, una página de la sección Almanac del “Sunday Morning”: 30 de septiembre de 1882, hace hoy 136 años, y CONTANDO... nació en Alemania el futuro físico Johannes Wilhelm “Hans” Geiger.
Geiger desarrolló un método para detectar y medir la radiactividad, una invención que culminó con el dispositivo conocido como contador Geiger.
El contador Geiger, que desde entonces es un pilar de la ciencia, se convirtió también en un pilar de la cultura pop.
Como en la película “Las campanas de Coronado”, de 1950, con los actores Roy Rogers y Dale Evans en los papeles aparentemente incompatibles de científicos vaqueros:
Hombre: “¿Qué demonios es eso?”
Rogers: “Es un contador Geiger, se utiliza para localizar minerales radioactivos, como el uranio.
Al ponerte los auriculares, puedes oír el efecto de las ondas emitidas por la radioactividad de los minerales”.
Evans: “¡Es como una radio!”
“Hans” Geiger murió en 1945, cuando estaba a punto de cumplir 63 años.
Pero la invención que lleva su nombre sigue viva.
Una nueva vacuna contra el cáncer puede enseñar al sistema inmunológico a “ver” las células malignas
Una nueva vacuna contra el cáncer puede enseñar al sistema inmunológico a “ver” las células malignas y matarlas.
Como parte del tratamiento, la vacuna enseña al sistema inmunológico a reconocer las células malignas.
El método requiere la extracción de células inmunitarias a un paciente y alterarlas en el laboratorio.
Así, pueden “ver” una proteína común a muchos cánceres y reinyectarlas.
Un ensayo de la vacuna está generando resultados prometedores en pacientes con diferentes cánceres.
Una mujer tratada con la vacuna, que enseña al sistema inmunológico a reconocer las células malignas, vio como su cáncer de ovario desapareció durante más de 18 meses.
El método requiere la extracción de células inmunitarias a un paciente y alterarlas en el laboratorio para que puedan “ver” una proteína común a muchos cánceres, llamada HER2, y, a continuación, reinyectar las células.
El profesor Jay Berzofsky, del Instituto Nacional del Cáncer de EE. UU. en Bethesda, Maryland, ´comentó: “Nuestros resultados sugieren que tenemos una vacuna muy prometedora”.
HER2 “promueve el crecimiento de diferentes tipos de cáncer”, como el de mama, ovario, pulmón o el cáncer colorrectal, explicó el profesor Berzofsky.
Un enfoque parecido de tomar células inmunitarias de pacientes y “enseñarles” a atacar células cancerígenas ha funcionado en el tratamiento de un tipo de leucemia.
Kanye West se embarcó en una diatriba a favor de Trump con una gorra MAGA después de su aparición en SNL.
No salió bien.
Kanye West fue abucheado en el estudio de Saturday Night Live después de una actuación errática en la que elogió al presidente de EE. UU., Donald Trump, y dijo que se presentaría a las elecciones en 2020.
Después de la tercera canción de la noche, llamada Ghost Town, durante la cual usó la gorra con el mensaje Make America Great Again, empezó a despotricar contra los demócratas y reitero su apoyo a Trump.
“Muchas veces hablo con alguien blanco y me pregunta cómo me puede gustar Trump si es racista.
Bueno, si me preocupase el racismo me habría ido de Estados Unidos hace mucho tiempo”, declaró.
SNL empezó el programa con sketch de Matt Damon en el que la estrella de Hollywood se burlaba de la declaración de Brett Kavanaugh ante el Comité Judicial del Senado en relación con las acusaciones de agresión sexual hechas por Christine Blasey Ford.
Aunque no se retransmitió.
El cómico Chris Rock subió la grabación de la bronca de West a las redes sociales.
No está claro si Rock intentaba ridiculizar a West con la publicación.
Además, West dijo al público que lo había pasado mal entre bastidores por llevar esa gorra.
“Se metieron conmigo.
Me dijeron que no saliese con la gorra puesta.
¡Se metieron conmigo!
Y después me dicen que estoy dormido”, declaró, según el Washington Examiner.
West continuó: “¿Queréis ver lo dormido que estoy?” y añadió que se “iba a poner su capa de superhombre, porque eso significaba que nadie podía decirle lo que tenía que hacer. ¿Queréis que el mundo avance?
Probad con amor”.
Sus comentarios recibieron abucheos del público en, al menos, dos ocasiones y los miembros de SNL parecían estar avergonzados, según informó Variety. Una persona declaró a la revista: “El estudio se quedó totalmente en silencio”.
West había sido invitado para reemplazar a la cantante Ariana Grande, cuyo exnovio, el rapero Mac Miller, había muerto hacía unos días.
West desconcertó a muchos cuando salió al escenario a cantar I Love it vestido como una botella de Perrier.
West recibió el apoyo de la líder del grupo conservador TPUSA, Candace Turner, que tuiteó: “A uno de los espíritus más valientes: GRACIAS POR RESISTIR ANTE LA MUCHEDUMBRE”.
Karen Hunter, presentadora de un programa de entrevistas, tuiteó que West simplemente estaba “siendo él mismo y eso es absolutamente maravilloso”.
“Pero yo decido NO premiar a alguien (comprando su música o su ropa, o apoyando su arte) que considero que está abrazando y difundiendo una ideología peligrosa para mi comunidad.
Él es libre.
Nosotros también”, añadió.
Antes del programa, el rapero anunció en Twitter que se había cambiado el nombre, diciendo que ahora era “la persona anteriormente conocida como Kanye West”.
No es el primer artista que cambia su nombre, siguiendo los pasos de Diddy, también conocido como Puff Daddy, Puffy y P Diddy.
Su colega, Snoop Dogg también se ha llamado Snoop Lion, sin olvidar a la desaparecida leyenda de la música, Prince, que cambió su nombre a un símbolo y después al artista anteriormente conocido como Prince.
