"Esto fue precisamente en los biosatélites, pero este fue un experimento único, y estudios como este deben llevarse a cabo", comenta Vladimir Sychev.
Después del aterrizaje, las ratas espaciales tuvieron descendencia.
Sin embargo, todavía no se ha conseguido abordar el problema de la reproducción directamente en el espacio.
Es un desafío difícil.
Los animales, al perder su hábitat habitual, simplemente no pueden realizar su instinto sexual.
El hombre, sin embargo, a diferencia de los pequeños animales, en principio, puede.
El Homo sapiens tiene el razonamiento abstracto y es capaz de crear un fondo emocional adecuado.
Experimentos similares no se llevan a cabo por razones éticas.
Pero las mujeres viajan al espacio desde hace ya 50 años.
El mayor riesgo lo pasó Tereshkova.
Y lo más preciado que tiene la humanidad es el organismo femenino.
Nuestra gaviota volando, y nadie en la Tierra podría decir: si es después de un vuelo al espacio.
Podrá o no tener un bebé después de este vuelo.
"Después de todo, a esta pregunta nadie ha respondido", comenta el veterano del sector aeroespacial Vakhtang Vachnadze.
En junio de 1964, sólo después de un año del vuelo al espacio, la primera mujer cosmonauta , Valentina Tereshkova, dio a luz a una hija.
El padre de la niña, Andrian Nikolayev, era también cosmonauta .
En 1988, la segunda mujer cosmonauta, Svetlana Savitskaya, quien dos veces estuvo en órbita e incluso trabajó en el espacio abierto, tuvo un hijo.
Sin embargo, el riesgo persiste.
Somos pocos, son contados los astronautas a quienes después de largos vuelos todo les haya resultado bien, y una generación sana viene creciendo.
"Y si se puede decir más, es peligroso incluso en vuelos orbitales", resume el piloto cosmonauta, héroe de la Unión Soviética, héroe de Rusia, Valery Polyakov.
Sin embargo, la humanidad debe buscar algunas nuevas vías en la biotecnología, en la protección radiológica, en la creación de la gravedad artificial.
El hidrolaboratorio del Centro de preparación de cosmonautas es una etapa obligatoria en la preparación para el vuelo.
En condiciones de flotabilidad nula, los cosmonautas practican sus habilidades de trabajo en el espacio.
El agua simula la ingravidez.
Si para un adulto el agua es un entorno cómodo, aunque todavía hostil, para un niño recién nacido es su elemento natal.
Los pequeños hombres-anfibio parecen confirmar que la vida en la tierra surgió del océano.
Hay una conexión entre el hecho de que el bebé se encuentre aproximadamente 9 meses dentro de su madre en el líquido amniótico, pues le será más fácil acostumbrarse luego al agua.
En principio, esto es lógico, porque desde el momento del nacimiento hasta el momento del primer baño pasan sólo 2 semanas.
"Esto es muy poco para olvidar algo", dice Marina Aksenova, monitora de natación de recién nacidos.
En resumen, si la ingravidez es un estado más natural para un recién nacido, para las mujeres es necesaria la gravitación, la fuerza de la gravedad.
En la ingravidez los músculos abdominales y de la pelvis se decrepitan muy rápido, la capacidad de expulsión del feto se reduce.
Bueno, omitimos eso, confiando en la acción de estimulantes para el parto.
Se puede, por supuesto, dar a luz en una cámara especial, ésta lo empujará.
"¿Y luego qué?", Valeri Polyakov se hace esta original pregunta.
Por otra parte, el niño también necesita gravedad artificial.
Sin la sensación de gravedad, el organismo no genera el esqueleto ni el sistema muscular.
A un recién nacido en órbita es imposible vestirlo con un traje especial para entrenamientos, como a los adultos.
Simplemente se le privará de lo que es vital para él.
"Y este experimento que vamos a hacer juntos, al permitir el nacimiento de un niño en un ambiente extraño, dará lugar a que traigamos a la Tierra a un discapacitado, a una persona totalmente inadaptada", prevé el jefe del comité de bioética del Instituto de problemas biomédicos de la Academia de Ciencias de Rusia, Igor Pestov.
Por ahora, el nacimiento de niños en el espacio es una cuestión teórica.
Sin embargo, con el tiempo esto será una realidad, cuando los seres humanos en sus naves se dirijan a un planeta lejano que será el hogar para sus hijos nacidos en el espacio.
Jefe de NKÚ: La inspección del sistema "švarc" no ha dado con el político culpable
En materia de adjudicaciones públicas, la República Checa cuenta con buenos inspectores y una legislación de calidad, aunque su aplicación cojea.
Así lo afirma Miloslav Kala, vicepresidente de la Oficina de Control Suprema (NKÚ) en una entrevista para Aktuálně.cz.
"La ley nunca será perfecta", pero su aplicación debe ser correcta. "Esto es, en mi opinión, lo que nos falta", así describe la situación actual.
Los controles conjuntos de los inspectores checos y alemanes también llegan a conclusiones similares.
Como ejemplo de una práctica incorrecta, menciona la actitud de Petr Nečas hacia el sistema de ser autónomo sólo sobre el papel, que se conoce como el sistema "švarc".
El primer ministro dijo recientemente que la ODS (Partido Democrático Cívico) no molestaría a los empresarios con inspectores. Entonces, ¿está prohibido o permitido?
"La ley debe estar regulada de algún modo y si prohíbe algo, en ese caso, ni el presidente del gobierno puede impedir la actuación de la oficina que tiene la obligación de realizar dichos controles ni exigir obligaciones", constata Kala.
En la reunión de la comisión de control en el Congreso de los Diputados, Ud. habló del proyecto común entre el equipo checo y el alemán, en el marco del cual se comparaba la legislación referente a las adjudicaciones públicas en ambos países.
¿Qué es exactamente?
Se trata de un control paralelo que empezamos a realizar hace unos dos años.
Dicho de manera simplificada: la legislación europea regulariza cómo se deben organizar las adjudicaciones públicas, a esto le sigue la legislación vigente en cada país y, después, la praxis en sí.
Nosotros lo hemos unido todo y, aunque el control aún no ha finalizado, hemos obtenido diferencias muy interesantes. Generalmente, la legislación de nuestro país es "más estricta y más completa", sin embargo, la praxis concreta en algunos parámetros es mejor en Alemania.
Se confirma, pues, que no basta con incorporar reglas cada vez más estrictas, sino que es necesario concentrarse en la aplicación de la ley misma.
