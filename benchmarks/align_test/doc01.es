Por una parte nos encontramos con los buenos ciudadanos llamados fermiones, que obedecen sabiamente al principio de Pauli.
Y por otra están los bosones, una sucia panda de anarquistas que no tiene respeto por nada, o al menos no por este principio, lo que significa que pueden encontrarse en el mismo lugar y al mismo tiempo.
Según la página web The Particle Adventure de los Laboratorios Berkeley que, por cierto, es extraordinaria, los bosones se dividen en dos grupos: los mesones, de los que no hablaremos aquí, y las "partículas de fuerza", por las que las grandes fuerzas de la naturaleza se propagan y con las cuales el bosón de Higgs estaría de alguna forma emparentado.
Estos bosones, cabría subrayar aquí, no son los bichos exóticos que podríamos creer.
De hecho, si logra leer esta crónica, es gracias a un bosón extraordinariamente banal.
El fotón o la "partícula de luz" que actúa como "mensajero" de la fuerza electromagnética.
En efecto, cuando una partícula con una carga eléctrica acelera o cambia de dirección, "desordena" el campo electromagnético en ese preciso entorno; un poco como cuando lanzamos una piedra a un estanque.
En este "desorden" nace una onda electromagnética (de la luz, de los infrarrojos, de los ultravioletas, etc.), y esta onda no es otra cosa que un fotón; es decir, uno de los bosones "portadores de fuerza".
Campo más estable
Ocurre lo mismo con el bosón de Higgs, con la diferencia de que se trata de otro campo, el campo de Higgs, que necesita estar "desordenado" para que este bosón aparezca.
Ahora bien, el campo de Higgs es muchísimo más estable que el campo electromagnético. Para activarlo hace falta llegar a energías extremadamente elevadas, un poco como si se tratara de un estanque helado en el que tan sólo una roca gruesa pudiera deslizarse por la superficie.
Por ello hace falta un inmenso acelerador de partículas como el de la CERN (¡el gran colisionador de hadrones es un anillo de 27 km de circunferencia!) para alcanzar tales niveles de energía.
La analogía con el campo electromagnético es una nueva herramienta que explica la relación entre el Higgs y la masa.
De hecho, no todas las partículas ni todos los materiales interactúan con el campo electromagnético.
Algunos, como los imanes, lo hacen, pero otros no: un trozo de papel, por ejemplo, no se mantendrá jamás por sí mismo pegado a la puerta de una nevera.
Y de la misma forma, no todas las partículas interactúan con el campo de Higgs: las que lo hacen tienen una masa, mientras que el resto (cómo el fotón, por cierto), no la tienen.
Ahora bien, ¿qué "pueden aportar" todas esas investigaciones?, pregunta la Señora Plamondon.
Para la ciencia, esto sirve para verificar la validez del modelo estándar (MS), y permite, además, que los físicos escrutinen las diferencias entre las observaciones y las predicciones del MS.
Por su parte, muchos desean fervientemente que se encuentren, pues la menor diferencia podría abrir una puerta a una "nueva física" que tape ciertos agujeros del modelo.
Esto, hay que decirlo, tiene aún enormes carencias, como que no propone explicación alguna relativa a la gravedad (¡ups!) o a la materia oscura.
Que conforma alrededor del 80% de la materia del Universo (¡otro ups!).
Pero no hemos encontrado tales diferencias en la CERN hasta el momento.
Repercusiones
Las repercusiones de dichas investigaciones en nuestro día a día son difíciles de predecir, pero no creemos que nos equivoquemos al decir que no tendrá ninguna.
Para que vean: a comienzos de los años 60, los pioneros del láser en los laboratorios no sospechaban en absoluto la revolución que sus trabajos provocarían.
Entreveían las aplicaciones científicas, pero nada más.
De hecho, como ya dijo el físico Willard Boyle, que trabajó en los laboratorios Bell, donde se inventó el láser en 1960.
Y que elaboró el primer láser continuo (los primeros eran pulsados) en 1962, al principio el láser era más bien considerado un "aparato de laboratorio".
Imagínese...
Y además, las aplicaciones pueden también proceder de toda la instrumentación que rodea a la investigación.
Por ejemplo, el mismo Willard Boyle elaboró un captador de luz en 1969 en el transcurso de su investigación en materia de ópticas.
A pesar de que no era en absoluto su intención original, este captador sirve ahora de "ojo" para todos los aparatos digitales del mundo, lo que le valió el Nobel de física en 2009.
Eso no quiere decir, por supuesto, que las actividades del LHC quieran necesariamente transformar nuestras vidas, sino que nunca se sabe...
Cuidados paliativos. La mejor forma de morir... | Le Devoir
En su Comisión Morir en dignidad, Quebec debatió recientemente la delicada cuestión del fin de la vida.
El debate debe retomarse pronto mientras se prepara un proyecto de ley.
Ahora bien, dentro de ese dominio esencial, aún hay mucho que hacer.
Le Devoir ha intentado verlo de cerca.
Hace apenas unas semanas, el Sr. L. vivía solo en su apartamento de la Montérégie.
El cáncer de próstata que le estaba destruyendo le había dado un respiro de dos años.
"Me habían dado cinco años de vida, pero ya llevo así siete", relata, hecho una pasa, tumbado en su cama en el centro de cuidados paliativos Victor-Gadbois de Beloeil, a la que llegó el día anterior.
"Pero siempre es un shock, no podemos estar preparados para esto", continúa.
La enfermedad le ha causado estragos.
Una debilidad enorme que le impide ir solo al baño e incluso comer por sí solo.
Sentado frente a un apetitoso almuerzo, acepta resignado que le ayuden a comer.
Valiente, llega incluso a sonreír, a hablar con los desconocidos que le dedican atenciones, le traen medicamentos y le ofrecen un baño.
La valentía de la muerte ordinaria.
"Mi mayor deseo es que me curen la diarrea, es humillante", confiesa.
Unas horas más tarde.
El equipo encontró remedio a ese mal.
"En el transcurso de nuestras vidas aprendemos que un hombre hace pis de pie", relata Pierre Brodeur, psicólogo en el centro Victor-Gadbois.
Regresar a su infancia, para ciertas personas, es una humillación inaceptable.
"Eso depende de la capacidad de la persona para aceptar esa regresión", constata.
Porque, según la opinión de la mayoría de las personas que trabajan en cuidados paliativos, los grandes momentos tienen lugar en el corazón mismo de esa regresión.
Todos los pacientes que entran en el centro de cuidados paliativos Victor-Gadbois padecen cáncer.
Tienen un pronóstico de vida máximo de tres meses.
En ese estado, el equipo de doctores y enfermeras que les rodean ya no ofrecen los cuidados "curativos".
El mayor temor de la Sra. A., de 89 años, es morir "consciente y ahogada".
Pero la enfermedad le ha hecho descubrir a sus hijos.
"Tengo unos buenos hijos", añade.
"Ya no me quedan más deseos en esta vida", dice, antes de aceptar que se le coloque una mascarilla para ayudarla a respirar.
Y espera, en los próximos días, una última visita de su hijo que vive en Italia.
En Victor-Gadbois se ofrece, con un grupo de voluntarios.
El cuidado del cuerpo y ayuda a la alimentación.
Son cuidados paliativos que se les dan cuando no se puede hacer nada más.
Para ayudar a que su muerte sea más confortable.
En Quebec contamos con una cama de cuidados paliativos para cada 11.700 habitantes.
Es muy poco, ya que sabemos que todos acabaremos muriendo algún día.
Aquí, la vida continúa en las mejores condiciones posibles, explica la Dra. Christiane Martel, una de las doctoras del centro.
Ya sea a nivel de confort físico, emocional o espiritual.
Al moribundo se le ofrecen enjuagues de boca con brandy o Pepsi, según la demanda.
