Dicen cultura espiritual, cultura de consumo.
No existe ninguna cultura en el consumo, esa es otra historia.
Yo soy un hombre de la cultura de ayer, crecí bajo el ejemplo de artistas que vivían en la pobreza y morían en la pobreza, se negaban al dinero sólo para pintar cuadros.
Yo estoy a favor de esta cultura.
- Kirill, ¿qué es lo que le falta a San Petersburgo?
- Buenos expertos en cultura.
Existe un concepto: funcionario de la cultura.
Pero no todos ellos pueden dedicarse a la cultura.
Cuando los reyes eran los correctos todo era de otra manera, los reyes tal vez no comprendían muy bien la cultura.
Pero sabían que era necesario mantener a los expertos correctos.
En Moscú ahora hay muy buenos consultores.
Tenemos gente en San Petersburgo que bien podrían ser expertos, pero están cerrados, porque se necesitan expertos a un nivel superior que evalúen correctamente a éstos y les abran camino.
Ahora está prosperando el gusto personal subjetivo.
Lo mismo Erarta, pero la diferencia es que ellos dicen honestamente que no todo el arte moderno es aceptado, hay algunos artistas que tienen que buscar otros museos.
- ¿Qué es para ti San Petersburgo?
- San Petersburgo no es una capital cultural. En Moscú hay mucha más cultura, allí hay terreno.
Pero sobre nuestras piedras es difícil que el arte crezca.
Necesitamos terreno cultural y tenemos ahora más escritores que lectores, esto está mal.
Alrededor de 16 700 personas fueron evacuadas a 24 centros en Palu.
En Europa hay un montón de gente con curiosidad que va a exposiciones y conciertos.
En nuestro caso, esta clase es ínfima.
Tenemos que hacer que el arte esté de moda, como lo fue a comienzos del siglo pasado.
El proyecto se ejecutará con una subvención de San Petersburgo.
Dar a luz en el espacio
La Tierra está en peligro. Calentamiento global o choque con un asteroide asesino.
Caravanas de naves espaciales con humanos a bordo parten en búsqueda de un planeta de repuesto.
Para conservar la humanidad se hace la pregunta principal: ¿Cómo continuar la especie en condiciones de ingravidez o en el mismo planeta de repuesto?
Creo que hay poco donde elegir.
De hecho, sólo dos son verdaderos planetas que pueden ser colonizados, al menos hipotéticamente.
"Estos son Venus y Marte", dice el investigador jefe del Instituto Astronómico Estatal, Sternberg P.K. (IAES), Vladimir Surdin.
Pero si las condiciones en Marte son mejores para la vida, en la superficie de Venus la temperatura es de 500 grados.
Alrededor de 16 700 personas fueron evacuadas a 24 centros en Palu.
Sólo se puede vivir a grandes altitudes o en la órbita de Venus... en el espacio.
Se comenzó a abordar los problemas de reproducción en el espacio con la flora.
Hace ya medio siglo que se llevaron a cabo experimentos con plantas.
Cuatro generaciones de guisantes cultivados en órbita no se diferenciaban en nada de las variedades terrestres.
Después vino la cría de insectos en la órbita, pequeñas moscas de la fruta, las drosófilas.
Obtenemos como resultado un polluelo normal.
Pero luego empiezan los problemas.
"El problema está en que este polluelo tiene que encontrar apoyo, debe mantenerse sobre sus propios pies y empezar a moverse", explica Vladimir Sychev, el director del laboratorio del Instituto de Problemas Biomédicos (IPBM) de la Academia de Ciencias de Rusia.
Al no encontrar apoyo, los polluelos daban volteretas al azar.
Y después de 10 horas en los recién nacidos se dio una atrofia total de los instintos.
Los polluelos no reaccionaban a la luz ni al sonido.
Y la desgracia fue que al cabo de cuatro días simplemente se morían.
"Y dos veces conseguimos que nacieran los polluelos, pero luego lo dejamos porque era imposible trabajar allí con ellos",, comenta Vladimir Sychev sobre fracaso del experimento con los polluelos en el espacio.
Ataque en Midsomer Norton: cuatro arrestos por intento de asesinato
La última vez que una "miniarca" biológica voló a la órbita fue hace 16 años.
En la primavera del 2013 continuarán los experimentos.
Sin embargo, en el biosatélite "Bion" sólo viajarán especies de un mismo sexo.
Hubo un experimento con ratas, que fueron enviadas al espacio ya con fetos.
En principio, no se encontró nada sobrenatural.
"Esto fue precisamente en los biosatélites, pero este fue un experimento único, y estudios como este deben llevarse a cabo", comenta Vladimir Sychev.
Después del aterrizaje, las ratas espaciales tuvieron descendencia.
Sin embargo, todavía no se ha conseguido abordar el problema de la reproducción directamente en el espacio.
Es un desafío difícil.
Los animales, al perder su hábitat habitual, simplemente no pueden realizar su instinto sexual.
El hombre, sin embargo, a diferencia de los pequeños animales, en principio, puede.
Experimentos similares no se llevan a cabo por razones éticas.
Pero las mujeres viajan al espacio desde hace ya 50 años.
El mayor riesgo lo pasó Tereshkova.
