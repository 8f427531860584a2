result:solve["  fly me   to the moon  "];
show result;
